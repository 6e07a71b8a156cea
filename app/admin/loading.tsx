// The role home while it loads (the same placeholder for every role).
export { PageSkeleton as default } from "@/components/ui/page-skeleton";

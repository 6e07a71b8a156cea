// This screen while it loads (the merchant area has no loading boundary of its own: see
// app/merchant/(home)/loading.tsx).
export { PageSkeleton as default } from "@/components/ui/page-skeleton";

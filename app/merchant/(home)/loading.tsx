// The shop's home while it loads. It lives in this route group, not in app/merchant: a loading
// boundary there wrapped every merchant screen, so a screen's own first paint (the analytics
// title, the counter's keypad) came out of a hidden block that React revealed a frame or more
// after the first paint, which Lighthouse counted ~2 s late on a phone. Each screen that waits
// for data has its own loading.tsx, inside the merchant layout's first HTML.
export { PageSkeleton as default } from "@/components/ui/page-skeleton";

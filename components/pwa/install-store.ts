// Catches the browser's install offer (beforeinstallprompt) as soon as this module loads
// (it is imported from the root layout via RegisterSw), since the event can fire before the
// shell's InstallPrompt has mounted, and keeps it for the "Install app" button.
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed"; platform: string }>;
}

let offer: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (e) => {
    e.preventDefault(); // our own button instead of the browser's mini-infobar
    offer = e as BeforeInstallPromptEvent;
    emit();
  });
  window.addEventListener("appinstalled", () => {
    offer = null;
    emit();
  });
}

export const getInstallOffer = () => offer;
export function subscribeInstallOffer(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Shows the browser's install dialog; the offer can be used only once. */
export async function promptInstall() {
  const current = offer;
  if (!current) return "unavailable" as const;
  offer = null;
  emit();
  await current.prompt();
  return (await current.userChoice).outcome;
}

export const isStandalone = () =>
  window.matchMedia("(display-mode: standalone)").matches ||
  (navigator as Navigator & { standalone?: boolean }).standalone === true;

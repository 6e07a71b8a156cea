"use client";

/** Reloads the current address: used by the offline page, which stands in for any URL. */
export function ReloadButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.location.reload()}
      className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
    >
      {label}
    </button>
  );
}

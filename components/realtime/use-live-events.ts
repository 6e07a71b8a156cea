"use client";
// Live events in the browser. One EventSource per tab, shared by every hook on the page
// (browsers allow only ~6 HTTP/1.1 connections per site, so one stream per widget would
// starve the page). EventSource reconnects by itself, with the cookie session.
import { useEffect, useRef } from "react";

export type LiveMessage = { type: string; id: string; data: Record<string, unknown>; at?: string };
type Listener = (e: LiveMessage) => void;

const URL_PATH = "/api/v1/events";
/** Sent after a reconnect: events may have been missed while offline, so re-read. */
export const RESYNC = "resync";

let source: EventSource | null = null;
let hadError = false;
const listeners = new Map<string, Set<Listener>>();

function deliver(type: string, raw: string) {
  let msg: LiveMessage;
  try {
    const parsed = JSON.parse(raw) as Partial<LiveMessage>;
    msg = { type, id: String(parsed.id ?? ""), data: parsed.data ?? {}, at: parsed.at };
  } catch {
    msg = { type, id: "", data: {} };
  }
  for (const l of listeners.get(type) ?? []) l(msg);
}

function attach(type: string) {
  source?.addEventListener(type, (ev) => deliver(type, (ev as MessageEvent<string>).data));
}

function ensureSource() {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource(URL_PATH);
  source.addEventListener("open", () => {
    if (hadError) deliver(RESYNC, "{}");
    hadError = false;
  });
  source.addEventListener("error", () => {
    hadError = true;
  });
  for (const type of listeners.keys()) attach(type);
}

function addListener(type: string, l: Listener): () => void {
  let set = listeners.get(type);
  if (!set) {
    listeners.set(type, (set = new Set()));
    attach(type);
  }
  set.add(l);
  ensureSource();
  return () => {
    set.delete(l);
    // Close the stream when nobody on the page listens any more (e.g. navigated away).
    if ([...listeners.values()].every((s) => s.size === 0)) {
      source?.close();
      source = null;
      hadError = false;
      listeners.clear();
    }
  };
}

/**
 * Call `onEvent` for each live event of the given types (e.g. ["sale.created"]); "resync"
 * is always delivered too, after a reconnect, so a screen can re-read what it missed.
 */
export function useLiveEvents(types: string[], onEvent: (e: LiveMessage) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const key = [...new Set([...types, RESYNC])].sort().join(",");
  useEffect(() => {
    const call: Listener = (e) => handler.current(e);
    const removers = key.split(",").map((t) => addListener(t, call));
    return () => removers.forEach((r) => r());
  }, [key]);
}

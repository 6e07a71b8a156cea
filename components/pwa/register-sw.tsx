"use client";
import { useEffect } from "react";
import "./install-store"; // start listening for the install offer from the first page
import { startServiceWorker } from "./sw-registration";

/** Registers the service worker (production builds only) once the page has loaded. */
export function RegisterSw() {
  useEffect(() => {
    const start = () => void startServiceWorker();
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
    return () => window.removeEventListener("load", start);
  }, []);
  return null;
}

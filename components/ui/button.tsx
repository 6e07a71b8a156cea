import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-stone-300 disabled:text-stone-600",
  secondary: "bg-white text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100 disabled:text-stone-400",
  danger: "bg-red-600 text-white hover:bg-red-700 disabled:bg-stone-300",
  ghost: "text-stone-700 hover:bg-stone-100",
} as const;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants;
  size?: "sm" | "md" | "lg";
};

export function Button({ variant = "primary", size = "md", className = "", ...props }: ButtonProps) {
  // Every size is at least 44x44 px: a finger on a counter tablet, not a mouse.
  const sizes = {
    sm: "min-h-11 min-w-11 px-3 py-1.5 text-sm",
    md: "min-h-11 min-w-11 px-4 py-2.5 text-base",
    lg: "min-h-11 min-w-11 px-6 py-4 text-lg",
  };
  return (
    <button
      {...props}
      className={`inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors disabled:cursor-not-allowed ${variants[variant]} ${sizes[size]} ${className}`}
    />
  );
}

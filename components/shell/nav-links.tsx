"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string; exact?: boolean };

export function NavLinks({ items, variant = "side" }: { items: NavItem[]; variant?: "side" | "tabs" }) {
  const pathname = usePathname();
  const isActive = (item: NavItem) =>
    item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
  if (variant === "tabs") {
    return (
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isActive(item) ? "page" : undefined}
              className={`flex min-h-12 items-center justify-center text-base ${isActive(item) ? "font-semibold text-accent" : "text-gray-700"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="flex gap-1 overflow-x-auto p-2 md:flex-col">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={isActive(item) ? "page" : undefined}
            className={`block rounded-md px-3 py-2 whitespace-nowrap ${isActive(item) ? "bg-red-50 font-semibold text-accent" : "text-gray-700 hover:bg-gray-100"}`}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

const collator = new Intl.Collator("zh-CN", { numeric: true });

/** 2号楼 before 10号楼: names with numbers sort the way people count. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}

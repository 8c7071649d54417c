/** Names as people type them, and what each must become. */
export const PERSON_NAME_SAMPLES: [string, string][] = [
  ["张\u3000伟", "张伟"],
  ["  张 伟 ", "张伟"],
  ["王\u200b五", "王五"],
  ["李\u00a0\u00a0秀英", "李秀英"],
  ["欧阳\t娜娜", "欧阳娜娜"],
  ["买买提 · 艾力", "买买提·艾力"],
  ["ＺＨＡＮＧ　Ｗｅｉ", "ZHANG Wei"],
  ["John  Smith", "John Smith"],
  ["Mary\u2003Ann\u00a0Lee", "Mary Ann Lee"],
  ["\ufeff陈静", "陈静"],
  ["𠀁 明", "𠀁明"],
  ["周晓东", "周晓东"],
];

/**
 * Download file names from titles: words joined by hyphens, and a long title cut at a word
 * boundary, never mid-word (issue 14: "Download file names are not cut mid-word").
 */
import fc from "fast-check";
import { fileStem, FILE_STEM_MAX } from "../../src/journeys/common";
import { fileName } from "../../src/journeys/business-case/pane/build";
import type { BusinessCase } from "../../src/journeys/business-case/types";

test("a title becomes lower-case words joined by hyphens", () => {
  expect(fileStem("Merger of North & South (2026)")).toBe("merger-of-north-south-2026");
  expect(fileStem("  £££  ")).toBe("");
});

test("a long title is cut at the last word boundary within the limit", () => {
  expect(fileStem("alpha beta gamma", 12)).toBe("alpha-beta");
  // The limit falls exactly at the end of a word: that word is kept whole.
  expect(fileStem("alpha beta gamma", 10)).toBe("alpha-beta");
  expect(fileStem("alpha beta gamma", 11)).toBe("alpha-beta");
  const title = "Partnership business case for two housing associations merging their back offices";
  const stem = fileStem(title);
  expect(stem).toBe("partnership-business-case-for-two-housing-associations");
  expect(stem.length).toBeLessThanOrEqual(FILE_STEM_MAX);
});

test("only a single word longer than the limit is cut inside it", () => {
  expect(fileStem("Supercalifragilistic", 10)).toBe("supercalif");
});

test("the business case's download name keeps whole words", () => {
  const c = {
    title: "A very long title for the partnership business case of the Northern Housing Group",
  } as BusinessCase;
  expect(fileName(c)).toBe("a-very-long-title-for-the-partnership-business-case-of-the.xlsx");
});

test("property: every stem is a prefix of the whole stem made of whole words, within the limit", () => {
  const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 20 }),
      fc.integer({ min: 13, max: 80 }),
      (ws, max) => {
        const whole = ws.join("-").toLowerCase();
        const stem = fileStem(ws.join(" "), max);
        expect(stem.length).toBeLessThanOrEqual(max);
        expect(whole.startsWith(stem)).toBe(true);
        // Whole words: the stem ends where the whole stem has a hyphen or ends.
        expect(["-", undefined]).toContain(whole[stem.length]);
        // And nothing that fits is dropped: the next word would not have fitted.
        if (stem !== whole) {
          const next = whole.indexOf("-", stem.length + 1);
          expect((next === -1 ? whole.length : next) > max).toBe(true);
        }
      }
    )
  );
});

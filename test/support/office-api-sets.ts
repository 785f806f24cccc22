/**
 * Which Office.js API sets the source calls: every property, method and enum member of
 * `Excel.*` and `Office.*` used in src/ (wherever the files live), with the requirement set
 * `@types/office-js` documents for it (`[Api set: ExcelApi 1.8]`), and whether the use is
 * guarded by `Office.context.requirements.isSetSupported` for at least that version. Read
 * with TypeScript's type checker, so `s0.overlap = 100` is known to be `Excel.ChartSeries`'s
 * `overlap` whatever the variable is called.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export interface ApiSet {
  name: string;
  version: string;
}

export interface ApiUse {
  /** `Excel.ChartSeries.overlap` */
  member: string;
  set: ApiSet;
  file: string;
  line: number;
  /** The highest set version a surrounding `isSetSupported` check guarantees, if any. */
  guardedBy: ApiSet[];
}

const OFFICE_TYPES = path.join("@types", "office-js", "index.d.ts");

/** "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every .ts/.tsx file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

function apiSetOf(decl: ts.Declaration): ApiSet | undefined {
  const text = ts
    .getJSDocCommentsAndTags(decl)
    .map((d) => d.getText())
    .join("\n");
  const m = /\[Api set: (\w+) (\d+(?:\.\d+)*)/.exec(text);
  if (m) return { name: m[1], version: m[2] };
  // An enum member carries its enum's set.
  if (ts.isEnumMember(decl)) return apiSetOf(decl.parent);
  return undefined;
}

function qualifiedName(decl: ts.Declaration): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl; n && !ts.isSourceFile(n); n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.join(".");
}

/** The (set, version) a call guarantees when it is true, if it is an isSetSupported check. */
function guardOf(call: ts.CallExpression, checker: ts.TypeChecker): ApiSet | undefined {
  const [a, b] = call.arguments;
  if (!a || !b || !ts.isStringLiteralLike(a) || !ts.isStringLiteralLike(b)) return undefined;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : "";
  if (name === "isSetSupported") return { name: a.text, version: b.text };
  // A helper whose body asks isSetSupported with its own two arguments.
  const symbol = checker.getSymbolAtLocation(
    ts.isPropertyAccessExpression(callee) ? callee.name : callee
  );
  const target =
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const body = target?.declarations?.find((d) => ts.isFunctionLike(d));
  if (body && /\.isSetSupported\(/.test(body.getText())) return { name: a.text, version: b.text };
  return undefined;
}

/** Guards in a condition that hold when it is true (calls joined by && count). */
function guardsWhenTrue(cond: ts.Expression, checker: ts.TypeChecker): ApiSet[] {
  if (ts.isParenthesizedExpression(cond)) return guardsWhenTrue(cond.expression, checker);
  if (
    ts.isBinaryExpression(cond) &&
    cond.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
  )
    return [...guardsWhenTrue(cond.left, checker), ...guardsWhenTrue(cond.right, checker)];
  if (ts.isCallExpression(cond)) {
    const g = guardOf(cond, checker);
    return g ? [g] : [];
  }
  return [];
}

/** Guards in a condition that hold when it is false: `!a || !b`. */
function guardsWhenFalse(cond: ts.Expression, checker: ts.TypeChecker): ApiSet[] {
  if (ts.isParenthesizedExpression(cond)) return guardsWhenFalse(cond.expression, checker);
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken)
    return guardsWhenTrue(cond.operand, checker);
  if (ts.isBinaryExpression(cond) && cond.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    return [...guardsWhenFalse(cond.left, checker), ...guardsWhenFalse(cond.right, checker)];
  return [];
}

/** Whether a statement always leaves its block (return, throw, continue, break). */
function exits(s: ts.Statement): boolean {
  if (ts.isBlock(s)) return s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
  return (
    ts.isReturnStatement(s) ||
    ts.isThrowStatement(s) ||
    ts.isContinueStatement(s) ||
    ts.isBreakStatement(s)
  );
}

/** The guards that hold wherever `node` runs. */
function guardsAt(node: ts.Node, checker: ts.TypeChecker): ApiSet[] {
  const found: ApiSet[] = [];
  for (let child: ts.Node = node, n = node.parent; n; child = n, n = n.parent) {
    if (ts.isIfStatement(n) && child === n.thenStatement)
      found.push(...guardsWhenTrue(n.expression, checker));
    if (ts.isIfStatement(n) && child === n.elseStatement)
      found.push(...guardsWhenFalse(n.expression, checker));
    if (ts.isConditionalExpression(n) && child === n.whenTrue)
      found.push(...guardsWhenTrue(n.condition, checker));
    if (
      ts.isBinaryExpression(n) &&
      child === n.right &&
      n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    )
      found.push(...guardsWhenTrue(n.left, checker));
    // `if (!supported) return;` earlier in the same block.
    if ((ts.isBlock(n) || ts.isSourceFile(n)) && ts.isStatement(child as ts.Statement)) {
      for (const s of n.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement))
          found.push(...guardsWhenFalse(s.expression, checker));
      }
    }
  }
  return found;
}

/** A program over `files`, with the repository's compiler options. */
export function programFor(files: string[], root: string): ts.Program {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

/** Every Office.js member used in `files`, with its set and guards. */
export function officeApiUses(program: ts.Program, files: string[], root: string): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const wanted = new Set(files.map((f) => path.resolve(f)));
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(sf.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        let decl: ts.Declaration | undefined;
        if (ts.isCallExpression(node.parent) && node.parent.expression === node)
          decl = checker.getResolvedSignature(node.parent)?.declaration as
            ts.Declaration | undefined;
        if (
          !decl ||
          !decl.getSourceFile().fileName.endsWith(OFFICE_TYPES.split(path.sep).join("/"))
        )
          decl = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (
          decl &&
          decl.getSourceFile().fileName.replace(/\\/g, "/").endsWith("@types/office-js/index.d.ts")
        ) {
          const set = apiSetOf(decl);
          if (set) {
            const { line } = sf.getLineAndCharacterOfPosition(node.name.getStart());
            uses.push({
              member: qualifiedName(decl),
              set,
              file: path.relative(root, sf.fileName),
              line: line + 1,
              guardedBy: guardsAt(node, checker),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** Whether `set` is within `available` (declared in the manifest, or guaranteed by a guard). */
export function covers(available: ApiSet[], set: ApiSet): boolean {
  return available.some((a) => a.name === set.name && compareVersions(a.version, set.version) >= 0);
}

/**
 * Charts for the .xlsx adapter. exceljs writes no charts, so after it has written the
 * workbook this adds each plan chart as DrawingML parts to the package (OOXML, ECMA-376
 * Part 1, §21.2 charts and §20.5 spreadsheet drawings): a chart part, a drawing anchoring it
 * to cells, the relationships that tie sheet → drawing → chart, and the content types.
 * Series point at the workbook's own ranges, so the chart follows the inputs.
 */
import JSZip from "jszip";
import type { PlanChart, WorkbookPlan } from "./types";
import { decodeRef } from "./refs";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const richText = (text: string) =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escape(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

/**
 * A chart part (line, clustered columns, or overlapping horizontal bars with the first
 * category at the top): one series per plan series, categories shared.
 */
export function chartXml(chart: PlanChart): string {
  const bar = chart.kind === "bar";
  const column = chart.kind === "column" || bar;
  const ref = column ? "strRef" : "numRef";
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escape(s.name)}</c:v></c:tx>` +
        (column ? `<c:invertIfNegative val="0"/>` : `<c:marker><c:symbol val="none"/></c:marker>`) +
        `<c:cat><c:${ref}><c:f>${escape(chart.categories)}</c:f></c:${ref}></c:cat>` +
        `<c:val><c:numRef><c:f>${escape(s.values)}</c:f></c:numRef></c:val>${column ? "" : `<c:smooth val="0"/>`}</c:ser>`
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${REL_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${richText(chart.title)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    (column
      ? `<c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="80"/>${bar ? `<c:overlap val="100"/>` : ""}<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>` +
        `<c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>`) +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "l" : "b"}"/>${column ? "" : `<c:title>${richText("Year")}</c:title>`}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/><c:title>${richText(chart.yAxisTitle)}</c:title>` +
    `<c:numFmt formatCode="${escape(chart.valueFormat ?? "#,##0")}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A drawing part anchoring charts rId1, rId2, … to their cell ranges. */
function drawingXml(charts: readonly PlanChart[]): string {
  const anchors = charts
    .map((chart, i) => {
      const [from, to] = chart.anchor.split(":").map(decodeRef);
      const cell = (tag: string, at: { row: number; column: number }) =>
        `<xdr:${tag}><xdr:col>${at.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor>${cell("from", from)}${cell("to", to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escape(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${MAIN_NS}">${anchors}</xdr:wsDr>`
  );
}

const rels = (items: readonly { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">` +
  items
    .map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${r.target}"/>`)
    .join("") +
  `</Relationships>`;

/**
 * Adds the plan's charts to an .xlsx written by exceljs from the same plan (worksheet k of
 * the plan is xl/worksheets/sheet{k+1}.xml there).
 */
export async function addCharts(bytes: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  if (!plan.sheets.some((s) => s.charts.length)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let chartNo = 0;
  let drawingNo = 0;
  for (const [k, sheet] of plan.sheets.entries()) {
    if (!sheet.charts.length) continue;
    drawingNo++;
    const sheetPath = `xl/worksheets/sheet${k + 1}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${k + 1}.xml.rels`;
    const chartTargets = sheet.charts.map((chart) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`
      );
      return `../charts/chart${chartNo}.xml`;
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(sheet.charts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      rels(chartTargets.map((target, i) => ({ id: `rId${i + 1}`, type: "chart", target })))
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    );
    // The sheet's relationships: keep exceljs's, add the drawing under an unused id.
    const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : rels([]);
    const drawingId = `rIdPcbaDrawing${drawingNo}`;
    zip.file(
      relsPath,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="${drawingId}" Type="${REL_NS}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`
      )
    );
    // <drawing> goes after pageSetup/headerFooter and before legacyDrawing, tableParts, extLst.
    let xml = await zip.file(sheetPath)!.async("string");
    const element = `<drawing r:id="${drawingId}"/>`;
    if (!/xmlns:r=/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet"))))) {
      xml = xml.replace("<worksheet", `<worksheet xmlns:r="${REL_NS}"`);
    }
    const before =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/.exec(
        xml
      );
    xml = before
      ? xml.slice(0, before.index) + element + xml.slice(before.index)
      : xml.replace("</worksheet>", `${element}</worksheet>`);
    zip.file(sheetPath, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

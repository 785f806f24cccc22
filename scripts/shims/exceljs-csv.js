/* eslint-disable no-undef */
/**
 * Stands in for exceljs's CSV module in the browser bundle (webpack.config.js): the add-in
 * writes .xlsx only, and exceljs's CSV support drags in fast-csv and Node's streams and
 * file system. `workbook.csv` exists but says so if anything calls it.
 */
class CSV {
  constructor() {
    const refuse = () =>
      Promise.reject(new Error("CSV is not part of the PCBA bundle: write .xlsx"));
    this.read = this.readFile = this.write = this.writeFile = this.writeBuffer = refuse;
  }
}
module.exports = CSV;

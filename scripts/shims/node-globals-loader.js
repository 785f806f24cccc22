/* eslint-disable no-undef */
/**
 * Gives exceljs's sources (and the readable-stream they use) the two Node globals they
 * expect, `process` and `Buffer`, as module-local variables, only in the modules that use
 * one without declaring it: unlike webpack's ProvidePlugin, nothing else in the bundle
 * (React, Fluent UI) sees a `process` and changes course.
 */
const GLOBALS = {
  process: 'var process = require("process/browser");',
  Buffer: 'var Buffer = require("buffer/").Buffer;',
};

module.exports = function nodeGlobals(source) {
  const preamble = Object.entries(GLOBALS)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(source))
    .filter(
      ([name]) => !new RegExp(`\\b(?:const|let|var)\\s+(?:\\{[^}]*\\b)?${name}\\b`).test(source)
    )
    .map(([, line]) => line);
  return preamble.length ? `${preamble.join(" ")}\n${source}` : source;
};

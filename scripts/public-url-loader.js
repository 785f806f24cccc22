/* eslint-disable no-undef */
/**
 * Webpack loader: the development URL (https://localhost:3000/) in the JSON data the source
 * imports (the function reference's help links) becomes the build's public URL, so a
 * production bundle names no localhost. Options: { from, to }.
 */
module.exports = function publicUrl(source) {
  const { from, to } = this.getOptions();
  return from === to ? source : source.split(from).join(to);
};

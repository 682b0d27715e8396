/**
 * The catalogue of the rules a scenario can break: each rule is a code with parameters
 * (`{ code: 'number.gte', min: 1 }`), and its English text (the `<rule>` of `invalid <path>:
 * <rule>, got <value>`) is made from them here and nowhere else. The UI words the same code in
 * its own language (src/ui/i18n/ruleMessages.ts); the CLI prints the English. Pure.
 */

/** Things a list rule counts (`must list at least one station`). */
export type ListNoun = 'department' | 'item' | 'class' | 'station' | 'window' | 'value' | 'weight' | 'multiplier' | 'branch' | 'counter';
/** What a worker call needs a centre scenario for. */
export type CentreUse = 'projection' | 'synergy' | 'dayRecords' | 'windowBrackets';

/** A rule with no parameters. */
type NoParams = Record<never, never>;

/** Every rule: its code and its parameters. */
export interface RuleParams {
  /** the document is not JSON (detail: the parser's words) */
  'json.invalid': { detail: string };
  'document.object': NoParams;
  'document.maxValues': { max: number };
  'document.maxDepth': { max: number };
  'key.reserved': NoParams;
  'version.noMigration': { from: number; to: number };
  'field.required': NoParams;
  'field.unknown': NoParams;
  /** a value of the wrong JSON type (`expected`: zod's name, e.g. object, array) */
  'type.other': { expected: string };
  'type.number': NoParams;
  'type.string': NoParams;
  'type.boolean': NoParams;
  'type.textId': NoParams;
  'type.numberArray': NoParams;
  'type.eventArray': NoParams;
  /** a value that is not in its shape's accepted forms (a union none of whose members matched) */
  'shape.invalid': NoParams;
  'oneOf': { options: string[] };
  /** must equal one constant (a literal) */
  'equals': { value: string | number };
  'scenario.centreFor': { use: CentreUse };
  'target.department': NoParams;
  'warmup.shape': NoParams;
  'servers.shape': NoParams;
  'number.finite': NoParams;
  'number.integer': NoParams;
  'number.gte': { min: number };
  'number.lte': { max: number };
  'number.gt': { min: number };
  'number.lt': { max: number };
  /** `must be a number > 0` (the network's positive numbers) */
  'number.positive': NoParams;
  'number.atLeast': { min: number };
  'number.between': { min: number; max: number };
  'number.probability': NoParams;
  'number.hoursInDay': NoParams;
  'int.atLeast': { min: number };
  'int.between': { min: number; max: number };
  /** compared with another field (`field` as the file names it, `path` its registry path when it has one) */
  'field.gte': { field: string; path?: string; value: number };
  'field.lte': { field: string; path?: string; value: number };
  'field.lt': { field: string; path?: string; value: number };
  'text.nonEmpty': NoParams;
  'text.maxLength': { max: number };
  'id.notEmpty': NoParams;
  'id.notExit': NoParams;
  'id.notProto': NoParams;
  'id.unique': NoParams;
  'department.uniqueAlso': { index: number };
  'department.stationedWindows': NoParams;
  'department.stationing': { department: string; centreType: string; allowed: string[] };
  'list.atLeastOne': { noun: ListNoun };
  'list.atMost': { max: number; noun: ListNoun };
  'list.minItems': { min: number };
  'list.maxItems': { max: number };
  'item.department': NoParams;
  'item.departmentsMin': NoParams;
  'item.linkedTwo': NoParams;
  'item.shareOrVolume': NoParams;
  'item.shareAndVolume': NoParams;
  'items.sharesSum': { sum: number };
  'demand.coversItems': { volume: number };
  'profile.months': NoParams;
  'profile.perDay': { count: number };
  'profile.perHour': { count: number };
  'profile.positive': NoParams;
  'profile.weightGte0': NoParams;
  'profile.weightLte': { max: number };
  'weights.notAllZero': NoParams;
  'weights.perValue': { count: number };
  'exactlyOne': { a: string; b: string };
  'station.known': { stations: string };
  'station.knownOrExit': { stations: string };
  'route.to': NoParams;
  'class.known': { classes: string };
  'routes.sumAtMost1': NoParams;
  'routes.sumTo1': NoParams;
  'routes.exit': { cls: string };
  'network.pairs': { max: number; stations: number };
  'servers.max': { max: number };
  'schedule.increasing': NoParams;
  'schedule.notInfinite': NoParams;
  'workingTime.calendar': NoParams;
  'arrivals.meanPositive': NoParams;
  'arrivals.none': NoParams;
  'run.maxCases': { max: number; expected: number; stop: string };
  'run.maxEventsBelow': { expected: number; stop: string };
  'run.maxEvents': { max: number; expected: number; visits: number; stop: string };
  'run.eventsExceeded': { minute: number };
  'simulation.maxCases': { max: number; workingDays: number; cases: number };
  'service.notRouted': { centreType: string; service: string; line: string };
  'projection.initialCapture': NoParams;
  'projection.factorVolume': { volume: number; limit: number };
  'projection.growthVolume': { volume: number; year: number; limit: number };
  'projection.year': { from: number; to: number };
  'timeline.beforeStart': { start: number; year: number };
  'timeline.afterEnd': { end: number; year: number };
  'timeline.yearOrder': { year: number };
  'timeline.monthOrder': { month: number; year: number };
  'timeline.unknownDepartment': { id: string };
  'timeline.colocate': { fn: string; level: string };
  'timeline.integrate': { fn: string; level: string; year: number };
  'timeline.serviceOn': { service: string };
  'timeline.statechart': { fn: string; level: string };
}

export type RuleCode = keyof RuleParams;
/** One rule of the catalogue: a code and its parameters. */
export type Rule = { [C in RuleCode]: { code: C } & RuleParams[C] }[RuleCode];
/** The parameters of a rule, without its code (as carried by ScenarioError). */
export type RuleParamsOf = Omit<Rule, 'code'>;

/** A number grouped by thousands (`1,000,000`), as the project's counts are written. */
const big = (n: number) => n.toLocaleString('en-US');

/** The English text of each rule; pure. */
const ENGLISH: { [C in RuleCode]: (p: RuleParams[C]) => string } = {
  'json.invalid': (p) => `must be valid JSON (${p.detail})`,
  'document.object': () => 'must be a JSON object with "type" and "version"',
  'document.maxValues': (p) => `must hold at most ${big(p.max)} values (a smaller document)`,
  'document.maxDepth': (p) => `must nest at most ${p.max} levels deep`,
  'key.reserved': () => 'is a reserved name (use another key)',
  'version.noMigration': (p) => `has no migration from ${p.from} to ${p.to}`,
  'field.required': () => 'is required',
  'field.unknown': () => 'is not a known field',
  'type.other': (p) => `must be a ${p.expected}`,
  'type.number': () => 'must be a number',
  'type.string': () => 'must be a string',
  'type.boolean': () => 'must be true or false',
  'type.textId': () => 'must be a text id',
  'type.numberArray': () => 'must be an array of numbers',
  'type.eventArray': () => 'must be an array of events',
  'shape.invalid': () => 'must have one of the accepted forms',
  'oneOf': (p) => `must be one of ${p.options.join(', ')}`,
  'equals': (p) => `must be ${JSON.stringify(p.value)}`,
  'scenario.centreFor': (p) => `must be "onewindow/centre" for ${CENTRE_USE[p.use]}`,
  'target.department': () => 'must be a department id, a list of ids, or "*"',
  'warmup.shape': () => 'must be "auto" or { "minutes": number ≥ 0 }',
  'servers.shape': () => 'must be an integer ≥ 1 or "infinite"',
  'number.finite': () => 'must be finite',
  'number.integer': () => 'must be an integer',
  'number.gte': (p) => `must be ≥ ${p.min}`,
  'number.lte': (p) => `must be ≤ ${p.max}`,
  'number.gt': (p) => `must be > ${p.min}`,
  'number.lt': (p) => `must be < ${p.max}`,
  'number.positive': () => 'must be a number > 0',
  'number.atLeast': (p) => `must be a number ≥ ${p.min}`,
  'number.between': (p) => `must be a number from ${big(p.min)} to ${big(p.max)}`,
  'number.probability': () => 'must be a probability in [0, 1]',
  'number.hoursInDay': () => 'must be a number of hours in (0, 24]',
  'int.atLeast': (p) => `must be an integer ≥ ${p.min}`,
  'int.between': (p) => `must be an integer from ${p.min} to ${p.max}`,
  'field.gte': (p) => `must be ≥ ${p.field} (${p.value})`,
  'field.lte': (p) => `must be ≤ ${p.field} (${p.value})`,
  'field.lt': (p) => `must be less than ${p.field} (${p.value})`,
  'text.nonEmpty': () => 'must be a non-empty text id',
  'text.maxLength': (p) => `must be a text id of at most ${p.max} characters`,
  'id.notEmpty': () => 'must not be empty',
  'id.notExit': () => 'must not be "exit" (reserved for leaving the network)',
  'id.notProto': () => 'must not be "__proto__" (a reserved name)',
  'id.unique': () => 'must be unique',
  'department.uniqueAlso': (p) => `must be unique (also departments[${p.index}])`,
  'department.stationedWindows': () => 'must be ≥ 1 for a stationed department with department windows',
  'department.stationing': (p) => `department ${p.department}: a centre of type ${p.centreType} stations departments only as ${p.allowed.join(', ')}`,
  'list.atLeastOne': (p) => `must list at least one ${p.noun}`,
  'list.atMost': (p) => `must list at most ${big(p.max)} ${p.noun === 'branch' ? 'branches' : p.noun === 'class' ? 'classes' : `${p.noun}s`}`,
  'list.minItems': (p) => `must have at least ${p.min} entries`,
  'list.maxItems': (p) => `must have at most ${p.max} entries`,
  'item.department': () => 'must name a department in departments[]',
  'item.departmentsMin': () => 'must name at least one department',
  'item.linkedTwo': () => 'must name at least two departments for a linked item',
  'item.shareOrVolume': () => 'must be given (or annualVolume)',
  'item.shareAndVolume': () => 'must not be given together with annualVolume',
  'items.sharesSum': (p) => `shares must add up to ≤ 1 (they add up to ${p.sum.toFixed(4)})`,
  'demand.coversItems': (p) => `must cover the items' annual volumes (${p.volume})`,
  'profile.months': () => 'must have 12 monthly weights',
  'profile.perDay': (p) => `must have one weight per opening day (${p.count})`,
  'profile.perHour': (p) => `must have one weight per opening hour (${p.count})`,
  'profile.positive': () => 'must have a positive weight',
  'profile.weightGte0': () => 'weights must be ≥ 0',
  'profile.weightLte': (p) => `weights must be ≤ ${big(p.max)}`,
  'weights.notAllZero': () => 'must not all be 0',
  'weights.perValue': (p) => `must have one weight per value (${p.count})`,
  'exactlyOne': (p) => `give exactly one of ${p.a} or ${p.b}`,
  'station.known': (p) => `must name a station (${p.stations})`,
  'station.knownOrExit': (p) => `must name a station (${p.stations}) or "exit"`,
  'route.to': () => 'must name a station or "exit"',
  'class.known': (p) => `must name a class (${p.classes})`,
  'routes.sumAtMost1': () => 'branch probabilities must sum to at most 1',
  'routes.sumTo1': () => 'branch probabilities must sum to 1',
  'routes.exit': (p) => `cases of class ${p.cls} can never reach exit from here`,
  'network.pairs': (p) => `stations × classes must be at most ${big(p.max)} (${p.stations} stations)`,
  'servers.max': (p) => `must be ≤ ${big(p.max)} (or "infinite" for a pure delay)`,
  'schedule.increasing': () => 'must be greater than the previous window’s start',
  'schedule.notInfinite': () => 'cannot apply to "infinite" servers',
  'workingTime.calendar': () => 'needs a calendar (opening hours to count)',
  'arrivals.meanPositive': () => 'must have a mean > 0 (arrivals would never let the clock move)',
  'arrivals.none': () => 'at least one class must have arrivals',
  'run.maxCases': (p) => `must keep a replication to at most ${big(p.max)} cases (about ${count(p.expected)} expected): shorten ${p.stop} or lower the arrival rates`,
  'run.maxEventsBelow': (p) => `is below the about ${count(p.expected)} events a replication is expected to need: raise it, or shorten ${p.stop}`,
  'run.maxEvents': (p) =>
    `must keep a replication to at most ${count(p.max)} events (about ${count(p.expected)} expected, ${count(p.visits)} station visits): shorten ${p.stop}, lower the arrival rates, the routing loops' probabilities or the schedules' detail`,
  'run.eventsExceeded': (p) => `was exceeded at minute ${p.minute} (a replication needed more events than this): raise it, or shorten the stop rule or lower the rates`,
  'simulation.maxCases': (p) =>
    `must keep a replication to at most ${big(p.max)} cases (annual volume × days ÷ ${p.workingDays} working days = ${big(Math.round(p.cases))}): simulate fewer days or lower the demand`,
  'service.notRouted': (p) => `a centre of type ${p.centreType} offers no ${p.service} services (its statechart routes none)`,
  'projection.initialCapture': () => 'must be > 0 (demand is scaled by capture / initialCapture)',
  'projection.factorVolume': (p) => `would take the annual volume to about ${big(Math.round(p.volume))} cases (with growth and trust), above ${big(p.limit)}: use smaller factors`,
  'projection.growthVolume': (p) =>
    `would take the annual volume to about ${big(Math.round(p.volume))} cases by ${p.year} (with the timeline and trust), above ${big(p.limit)}: lower the growth or the demand, or end the projection earlier`,
  'projection.year': (p) => `must be a year of the projection, ${p.from}–${p.to}`,
  'timeline.beforeStart': (p) => `must not be before startYear ${p.start} (year ${p.year})`,
  'timeline.afterEnd': (p) => `must not be after endYear ${p.end} (year ${p.year})`,
  'timeline.yearOrder': (p) => `must be in date order (an earlier event is in ${p.year})`,
  'timeline.monthOrder': (p) => `must be in date order (an earlier event is in month ${p.month} of ${p.year})`,
  'timeline.unknownDepartment': (p) => `must name departments in departments[] (unknown "${p.id}")`,
  'timeline.colocate': (p) => `must co-locate a separate function (${p.fn} is already ${p.level})`,
  'timeline.integrate': (p) => `must integrate a co-located function (${p.fn} is ${p.level} in ${p.year})`,
  'timeline.serviceOn': (p) => `must add a service not yet offered (${p.service} is already on)`,
  'timeline.statechart': (p) => `is refused by the five-functions statechart (${p.fn} is ${p.level})`,
};

/** An estimate's count: grouped, or `unbounded` when infinite. */
function count(n: number): string {
  return Number.isFinite(n) ? big(Math.round(n)) : 'unbounded';
}

/** What a worker call needs a centre scenario for, in English. */
const CENTRE_USE: Record<CentreUse, string> = { projection: 'a projection', synergy: 'a synergy', dayRecords: 'day records', windowBrackets: 'window brackets' };

/** Every code of the catalogue, in catalogue order. */
export const RULE_CODES = Object.keys(ENGLISH) as RuleCode[];

/** Whether `code` is a code of the catalogue; pure. */
export function isRuleCode(code: unknown): code is RuleCode {
  return typeof code === 'string' && Object.hasOwn(ENGLISH, code);
}

/** The English text of a rule (the `<rule>` of the one-line message); pure. */
export function ruleText(rule: Rule): string {
  return (ENGLISH[rule.code] as (p: Rule) => string)(rule);
}

/** The rule an error carries (a ScenarioError's or TimelineError's `code` and `params`), or undefined; pure. */
export function ruleOfError(error: unknown): Rule | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { code, params } = error as { code?: unknown; params?: unknown };
  if (!isRuleCode(code) || params === null || typeof params !== 'object') return undefined;
  return { ...(params as object), code } as Rule;
}

/** A rule's parameters without its code; pure. */
export function ruleParams(rule: Rule): RuleParamsOf {
  const { code: _code, ...params } = rule;
  return params;
}

/**
 * A rule written as a zod message (zod carries only strings): a marker and the rule's JSON, read
 * back by `issueToError` (loadScenario.ts). Never shown: every zod issue becomes a ScenarioError.
 */
const ZOD_MARK = '\u0001rule:';
export function zodRule(rule: Rule): string {
  return `${ZOD_MARK}${JSON.stringify(rule)}`;
}
/** The rule inside a zod message written by `zodRule`, or undefined; pure. */
export function ruleOfZodMessage(message: string): Rule | undefined {
  if (!message.startsWith(ZOD_MARK)) return undefined;
  const rule = JSON.parse(message.slice(ZOD_MARK.length)) as Rule;
  return isRuleCode(rule.code) ? rule : undefined;
}

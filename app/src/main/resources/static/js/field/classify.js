/*
 * The poverty classifier on the phone: the same rule as the server's (standard.PovertyClassifier,
 * standard.IndicatorFacts, review.CampaignClassifier), read from the standard's data, so a
 * reviewer sees the class and its reasons at the household without a connection. The server
 * classifies again when the survey arrives and its result is the one stored; a parity test runs
 * both over the same households (PhoneClassifierParityIT).
 *
 * Input: a household in the exchange format (docs/domain/household-format.md) and a standard as
 * the API gives it. Output: { householdClass, deprivations, unknown, reasons, warnings } where
 * reasons and warnings are values ({ code, ...args }) worded by wording(), or { problem } when a
 * tick names an indicator the standard does not use.
 */
(function (global) {
  'use strict';
  var INDICATORS = ['EMPLOYMENT', 'DEPENDANTS', 'NUTRITION', 'HEALTH_INSURANCE', 'HEALTH_ACCESS',
    'ADULT_EDUCATION', 'CHILD_SCHOOLING', 'HOUSING_QUALITY', 'HOUSING_AREA', 'WATER', 'SANITATION',
    'TELECOM', 'INFO_ACCESS', 'INFO_ASSETS', 'WASTE'];
  var EDUCATION = ['NONE', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE_PLUS'];
  var NO = 0, YES = 1, UNKNOWN = 2;
  var BIG = 2147483647;

  function bit(code) { return 1 << INDICATORS.indexOf(code); }
  function codes(bits) {
    var out = [];
    for (var i = 0; i < INDICATORS.length; i++) { if (bits & (1 << i)) { out.push(INDICATORS[i]); } }
    return out;
  }
  function count(bits) { var n = 0; for (; bits; bits &= bits - 1) { n++; } return n; }
  function given(v) { return v !== null && v !== undefined; }
  function isTrue(b) { return !given(b) ? UNKNOWN : (b ? YES : NO); }
  function isFalse(b) { return !given(b) ? UNKNOWN : (b ? NO : YES); }
  function and(a, b) { if (a === NO || b === NO) { return NO; } return a === YES && b === YES ? YES : UNKNOWN; }
  function or(a, b) { if (a === YES || b === YES) { return YES; } return a === NO && b === NO ? NO : UNKNOWN; }
  function between(age, from, below) { if (!given(age)) { return UNKNOWN; } return age >= from && age < below ? YES : NO; }
  function v(figure) { return figure === null || figure === undefined ? null : figure.value; }

  /** Facts → { deprived, known } bit masks over the wanted indicators. */
  function derive(h, r, wanted) {
    var deprived = 0, known = 0;
    function put(code, state) {
      if (state === YES) { deprived |= bit(code); known |= bit(code); } else if (state === NO) { known |= bit(code); }
    }
    var members = h.members;
    if (members && members.length) {
      var workFrom = v(r.workingAgeFrom), workBelow = v(r.workingAgeBelow), childBelow = v(r.childAgeBelow);
      var elderlyFrom = v(r.elderlyAgeFrom), insuranceFrom = v(r.insuranceAgeFrom);
      var schoolFrom = v(r.schoolingAgeFrom), schoolBelow = v(r.schoolingAgeBelow);
      var adult = r.adultEducation;
      var adultFrom = v(adult.ageFrom);
      var adultTo = adult.ageTo ? v(adult.ageTo) : v(adult.referenceYear) - v(adult.bornFromYear);
      var upperFrom = adult.upperSecondaryFromAge ? v(adult.upperSecondaryFromAge) : BIG;
      var employment = NO, nutrition = NO, insurance = NO, adultEducation = NO, schooling = NO;
      var dependants = 0, maybe = 0;
      for (var i = 0; i < members.length; i++) {
        var m = members[i];
        var age = given(m.age) ? m.age : null;
        var work = !given(m.employment) ? UNKNOWN
          : (m.employment === 'UNEMPLOYED' || m.employment === 'WAGE_NO_CONTRACT' ? YES : NO);
        employment = or(employment, and(between(age, workFrom, workBelow), work));
        nutrition = or(nutrition, and(between(age, 0, childBelow), or(isTrue(m.stunted), isTrue(m.underweight))));
        insurance = or(insurance, and(between(age, insuranceFrom, BIG), isFalse(m.healthInsured)));
        schooling = or(schooling, and(between(age, schoolFrom, schoolBelow), isFalse(m.inSchool)));
        adultEducation = or(adultEducation, and(and(between(age, adultFrom, adultTo + 1), isFalse(m.inSchool)),
          lacksLevel(age, m.education, upperFrom)));
        var dependant = or(or(between(age, 0, childBelow), between(age, elderlyFrom, BIG)),
          or(isTrue(m.disabled), isTrue(m.socialAllowance)));
        if (dependant === YES) { dependants++; } else if (dependant === UNKNOWN) { maybe++; }
      }
      put('EMPLOYMENT', employment);
      put('NUTRITION', nutrition);
      put('HEALTH_INSURANCE', insurance);
      put('CHILD_SCHOOLING', schooling);
      put('ADULT_EDUCATION', adultEducation);
      var percent = v(r.dependantShareAbovePercent), size = members.length;
      put('DEPENDANTS', dependants * 100 > percent * size ? YES
        : ((dependants + maybe) * 100 <= percent * size ? NO : UNKNOWN));
    }
    var d = h.dwelling;
    if (d) {
      put('HOUSING_QUALITY', housingQuality(d));
      put('WATER', isFalse(d.cleanWater));
      put('SANITATION', isFalse(d.hygienicLatrine));
      put('TELECOM', isFalse(d.telecom));
      var noInformation = and(isFalse(d.infoDevice), isFalse(d.loudspeakerAccess));
      put('INFO_ACCESS', noInformation);
      put('INFO_ASSETS', noInformation);
      put('WASTE', isFalse(d.wasteCollected));
      if (members && members.length && given(d.livingAreaM2)) {
        put('HOUSING_AREA', d.livingAreaM2 < v(r.livingAreaPerPersonBelowM2) * members.length ? YES : NO);
      }
    }
    return { deprived: deprived & wanted, known: known & wanted };
  }

  function housingQuality(d) {
    var parts = [isFalse(d.wallDurable), isFalse(d.columnDurable), isFalse(d.roofDurable)];
    var non = 0, unknown = 0;
    parts.forEach(function (p) { if (p === YES) { non++; } else if (p === UNKNOWN) { unknown++; } });
    if (non >= 2) { return YES; }
    return non + unknown >= 2 ? UNKNOWN : NO;
  }

  function lacksLevel(age, education, upperFrom) {
    if (!given(education)) { return UNKNOWN; }
    var level = EDUCATION.indexOf(education);
    var lacksLower = level < EDUCATION.indexOf('LOWER_SECONDARY');
    var lacksUpper = level < EDUCATION.indexOf('UPPER_SECONDARY');
    if (!given(age)) { return lacksLower ? YES : (lacksUpper && upperFrom !== BIG ? UNKNOWN : NO); }
    return (age >= upperFrom ? lacksUpper : lacksLower) ? YES : NO;
  }

  /** The household under the standard, as PovertyClassifier.classify answers it. */
  function classifyHousehold(h, s) {
    var used = 0;
    s.indicators.forEach(function (i) { used |= bit(i.code); });
    var ticks = null;
    if (Array.isArray(h.deprivations)) {
      ticks = 0;
      h.deprivations.forEach(function (c) { ticks |= bit(c); });
      if (ticks & ~used) { return { problem: { code: 'notIndicator', indicators: codes(ticks & ~used) } }; }
    }
    var facts = derive(h, s.derivation, used);
    var deprived, known, warnings = [];
    if (ticks !== null) {
      deprived = ticks;
      known = used;
      var disagreeing = (deprived ^ facts.deprived) & facts.known;
      codes(disagreeing).forEach(function (c) {
        warnings.push({ code: 'TICK_VERSUS_FACTS', indicator: c, ticked: (ticks & bit(c)) !== 0 });
      });
    } else {
      deprived = facts.deprived;
      known = facts.known;
    }
    var unknown = used & ~known;
    var area = h.area === 'URBAN' ? 'URBAN' : 'RURAL';
    var lines = area === 'URBAN' ? s.lines.urban : s.lines.rural;
    function finish(klass, reasons) {
      return { householdClass: klass, deprivations: codes(deprived), unknown: codes(unknown),
        reasons: reasons, warnings: warnings };
    }
    function lineStep(income, kind, figure) {
      return { code: 'INCOME_VERSUS_LINE', income: income, area: area, kind: kind, line: figure.value,
        confidence: figure.confidence, atOrUnder: income <= figure.value };
    }
    function scoreStep(score) {
      return { code: 'SCORE_VERSUS_THRESHOLD', score: score, area: area, threshold: lines.scoreAMax.value,
        confidence: lines.scoreAMax.confidence, line: lines.line.value, atOrUnder: score <= lines.scoreAMax.value };
    }
    function byDeprivations(steps) {
      var cutoff = v(s.deprivationCutoff), d = count(deprived), u = count(unknown);
      var klass = d >= cutoff ? 'POOR' : (d + u >= cutoff ? 'UNDETERMINED' : 'NEAR_POOR');
      return finish(klass, steps.concat([{ code: 'DEPRIVATION_COUNT', deprived: d, cutoff: cutoff, unknown: codes(unknown) }]));
    }
    function aboveLine(income, step) {
      if (!lines.middleUpper) {
        return finish('NOT_POOR', [step, { code: 'MIDDLE_BAND_UNKNOWN', standardId: s.id, area: area }]);
      }
      var band = lineStep(income, 'MIDDLE_UPPER', lines.middleUpper);
      return finish(band.atOrUnder ? 'MIDDLE' : 'NOT_POOR', [step, band]);
    }
    var income = given(h.incomePerCapita) ? h.incomePerCapita : null;
    var score = given(h.scoreA) ? h.scoreA : null;
    if (income !== null) {
      if (score !== null && lines.scoreAMax) {
        var scoreUnder = score <= lines.scoreAMax.value, incomeUnder = income <= lines.line.value;
        if (scoreUnder !== incomeUnder) {
          warnings.push({ code: 'SCORE_VERSUS_INCOME', score: scoreStep(score), income: lineStep(income, 'LINE', lines.line) });
        }
      }
      if (s.rule === 'TWO_LINES') {
        var lower = lineStep(income, 'POOR_LINE', lines.lowerLine);
        if (lower.atOrUnder) { return finish('POOR', [lower]); }
        var upper = lineStep(income, 'NEAR_POOR_LINE', lines.line);
        return upper.atOrUnder ? byDeprivations([lower, upper]) : aboveLine(income, upper);
      }
      var line = lineStep(income, 'LINE', lines.line);
      return line.atOrUnder ? byDeprivations([line]) : aboveLine(income, line);
    }
    if (score !== null) {
      if (!lines.scoreAMax) { return finish('UNDETERMINED', [{ code: 'NO_SCORE_THRESHOLD', standardId: s.id, area: area }]); }
      var step = scoreStep(score);
      if (step.atOrUnder) { return byDeprivations([step]); }
      return finish('NOT_POOR', [step, lines.middleUpper ? { code: 'SCORE_CANNOT_TELL_BAND' }
        : { code: 'MIDDLE_BAND_UNKNOWN', standardId: s.id, area: area }]);
    }
    return finish('UNDETERMINED', [{ code: 'NO_INCOME' }]);
  }

  /** As review.CampaignClassifier: a household without members gets a warning (0 persons in the flows). */
  function classify(h, s) {
    var c = classifyHousehold(h, s);
    if (!c.problem && !(h.members && h.members.length)) { c.warnings.push({ code: 'NO_MEMBERS' }); }
    return c;
  }

  // Wording, with the templates of the message bundle (reason.*, warning.*) given by the page.
  function fill(template, args) {
    return String(template).replace(/\{(\d+)\}/g, function (_, n) { return args[+n] === undefined ? '' : args[+n]; });
  }
  function money(n, w) { return fill(w['reason.money'], [String(n).replace(/\B(?=(\d{3})+(?!\d))/g, w['reason.number.grouping'])]); }
  function mark(confidence, w) { return confidence && confidence !== 'FIRM' ? ' [' + w['reason.confidence.' + confidence] + ']' : ''; }
  function scoreText(x, w) { return String(x).replace('.', w['reason.number.decimal']); }

  function wordReason(r, w, standardName) {
    switch (r.code) {
      case 'INCOME_VERSUS_LINE':
        return fill(w['reason.INCOME_VERSUS_LINE'], [money(r.income, w), r.atOrUnder ? '≤' : '>',
          w['reason.line.' + r.kind], w['reason.area.' + r.area], money(r.line, w), mark(r.confidence, w)]);
      case 'SCORE_VERSUS_THRESHOLD':
        return fill(w['reason.SCORE_VERSUS_THRESHOLD'], [scoreText(r.score, w), r.atOrUnder ? '≤' : '>',
          w['reason.area.' + r.area], String(r.threshold), mark(r.confidence, w), money(r.line, w)]);
      case 'DEPRIVATION_COUNT':
        var text = fill(w[r.deprived === 1 ? 'reason.DEPRIVATION_COUNT.one' : 'reason.DEPRIVATION_COUNT'],
          [String(r.deprived), r.deprived >= r.cutoff ? '≥' : '<', String(r.cutoff)]);
        if (r.deprived >= r.cutoff || !r.unknown.length) { return text; }
        var names = r.unknown.map(function (c) { return w['reason.indicator.' + c]; }).join(w['reason.indicator.separator'] + ' ');
        return text + fill(w[r.deprived + r.unknown.length >= r.cutoff ? 'reason.DEPRIVATION_COUNT.couldReach'
          : 'reason.DEPRIVATION_COUNT.cannotReach'], [String(r.cutoff), names]);
      case 'MIDDLE_BAND_UNKNOWN':
        return fill(w['reason.MIDDLE_BAND_UNKNOWN'], [standardName || r.standardId, w['reason.area.' + r.area]]);
      case 'NO_SCORE_THRESHOLD':
        return fill(w['reason.NO_SCORE_THRESHOLD'], [standardName || r.standardId, w['reason.area.' + r.area]]);
      default:
        return w['reason.' + r.code];
    }
  }

  function wordWarning(x, w, standardName) {
    switch (x.code) {
      case 'TICK_VERSUS_FACTS':
        return fill(w[x.ticked ? 'warning.TICK_VERSUS_FACTS.ticked' : 'warning.TICK_VERSUS_FACTS.notTicked'],
          [w['reason.indicator.' + x.indicator]]);
      case 'SCORE_VERSUS_INCOME':
        return fill(w['warning.SCORE_VERSUS_INCOME'], [wordReason(x.score, w, standardName), wordReason(x.income, w, standardName)]);
      default:
        return w['warning.' + x.code];
    }
  }

  global.PhoneClassifier = { classify: classify, wordReason: wordReason, wordWarning: wordWarning, INDICATORS: INDICATORS };
})(typeof self !== 'undefined' ? self : this);

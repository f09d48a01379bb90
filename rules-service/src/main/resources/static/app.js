/* Reviewer page: builds the case JSON from the form (or takes an uploaded one), asks POST /api/v1/checks in
   PRECHECK mode and shows the answer. Plain JS, no build step, no network beyond this service. */
'use strict';

const TEXT = {
  zh: {
    skip: '跳到审查结果', title: '重大执法决定法制审核预审', printView: '审核意见（打印预览）',
    intro: '填写拟作出的决定（或上传办案系统导出的案件 JSON），查看：是否需要法制审核、法律要求的程序是否已经完成、哪些事项尚未完成及截止日期、最早和最迟可以作出决定的日期，以及需要您本人判断的问题。',
    uploadTitle: '上传案件 JSON', uploadLabel: '办案系统导出的案件文件（.json，格式同 POST /api/v1/checks）',
    formTitle: '拟作出的决定', basics: '基本情况', caseId: '案件编号（不含个人信息）', asOf: '审查日期',
    agencySystem: '执法系统', jurisdiction: '行政区划代码（6位）', agencyLevel: '机关层级', partyKind: '当事人类别',
    procedure: '程序', penalties: '拟作出的处罚', addPenalty: '增加一项处罚', penaltyKind: '处罚种类',
    amount: '金额（元）', remove: '删除', steps: '程序步骤',
    stepsHint: '有日期的填日期；案卷表明未进行的选“未进行”；不清楚的留空。', stepState: '状态', stepDate: '日期',
    officers: '执法人员', officersHint: '只填编号，不填姓名。未填写任何人员时，视为案卷未记载。', addOfficer: '增加执法人员',
    officerRef: '人员编号', officerRole: '身份', certified: '持有有效执法证件',
    review: '法制审核', reviewResult: '审核结果', judgements: '需要判断的问题',
    judgementsHint: '法律未给出客观标准、须由人作出判断的事项。选“不确定”时，审查结果会把它列为需要您判断的问题。',
    submit: '开始审查', loadSample: '填入示例', resultsTitle: '审查结果', print: '打印', closeOpinion: '返回',
    disclaimer: '本工具依据所载法律条文和参数给出预审提示，不代替法制审核人员的判断；标注“未核实”的依据仅供参考。',
    yes: '是', no: '否', unknown: '不确定', notRecorded: '不详', happened: '已进行', notHappened: '未进行',
    checking: '正在审查…', uploaded: '已读取文件：', badJson: '文件不是有效的 JSON：', httpError: '服务返回错误',
    network: '无法连接服务：',
    reviewScope: '是否需要法制审核', reviewYes: '需要。作出决定前须经法制审核并通过。',
    reviewNo: '依所适用的法律不需要（本机关审核目录另有要求的除外）。',
    reviewUnknown: '需要您判断：请回答下列问题。', reviewNone: '规则未适用（例如非行政处罚案件）。',
    window: '可以作出决定的日期', earliest: '最早', latest: '最迟', noLatest: '无法确定（见下方说明）',
    conditional: '以下事项完成之前不得作出决定，最早日期仅为下限：', closed: '法定期限已过，已无合法的作出决定日期。',
    decided: '案卷已载明作出决定，不计算决定日期窗口。',
    boundEARLIEST: '不早于', boundLATEST: '不晚于', boundCONDITION: '须先完成',
    summary: '概况', groupVIOLATION: '存在的问题（违法）', groupNEEDS_REVIEW: '需要您判断',
    groupPENDING: '尚未完成（待办）', groupSATISFIED: '已满足',
    none: '无', dueDate: '截止日期', basis: '依据', details: '事实与参数', unverified: '未核实',
    secondary: '二手来源核实', verified: '已核实', timeline: '期限时间轴', today: '审查日期',
    toJudge: '需要您本人判断的事项', unanswered: '尚未回答：', catalog: '规则目录版本 {c}，节假日历版本 {k}',
    opinionTitle: '法制审核意见（草稿）', opCase: '案件编号', opDate: '审查日期', opBasis: '审查依据',
    opScope: '一、是否属于应当法制审核的情形', opIssues: '二、发现的问题', opOpen: '三、尚未完成的事项',
    opJudge: '四、需要进一步判断的事项', opWindow: '五、作出决定的时间', opOpinion: '六、审核意见',
    opOpinionBlank: '（由法制审核人员填写：同意 / 建议修改后同意 / 不同意，并说明理由）',
    opSign: '审核人员：__________　　日期：__________', opNoIssues: '未发现违法问题。',
    opCatalog: 'lawcheck 规则目录 {c}（节假日历 {k}）；结论为预审提示，须由审核人员确认。',
    cites: '法律依据', facts: '事实', params: '参数'
  },
  en: {
    skip: 'Skip to the results', title: 'Legal review pre-check of a major enforcement decision',
    printView: 'Review opinion (print view)',
    intro: 'Fill in the draft decision (or upload the case JSON exported by the case system) to see: whether legal review is required, whether every step the law requires before signing is done, what is still open and until when, the earliest and latest lawful decision dates, and what you must judge yourself.',
    uploadTitle: 'Upload a case JSON', uploadLabel: 'Case file exported by the case system (.json, same schema as POST /api/v1/checks)',
    formTitle: 'Draft decision', basics: 'Basics', caseId: 'Case reference (no personal data)', asOf: 'Review date',
    agencySystem: 'Agency system', jurisdiction: 'Division code (6 digits)', agencyLevel: 'Agency level',
    partyKind: 'Party', procedure: 'Procedure', penalties: 'Proposed penalties', addPenalty: 'Add a penalty',
    penaltyKind: 'Kind', amount: 'Amount (yuan)', remove: 'Remove', steps: 'Procedure steps',
    stepsHint: 'Give the date where known; choose "did not happen" where the file says so; leave the rest empty.',
    stepState: 'State', stepDate: 'Date', officers: 'Officers',
    officersHint: 'References only, no names. With no one listed, the file is taken not to record who acted.',
    addOfficer: 'Add an officer', officerRef: 'Reference', officerRole: 'Role', certified: 'Valid enforcement certificate',
    review: 'Legal review', reviewResult: 'Result', judgements: 'Questions to judge',
    judgementsHint: 'Matters the law leaves to a person\'s judgement. "Not sure" makes the result list it as a question for you.',
    submit: 'Check', loadSample: 'Fill in an example', resultsTitle: 'Result', print: 'Print', closeOpinion: 'Back',
    disclaimer: 'Pre-check hints based on the provisions and parameters on file; they do not replace the reviewer\'s judgement. Sources marked "unverified" are indicative only.',
    yes: 'Yes', no: 'No', unknown: 'Not sure', notRecorded: 'Unknown', happened: 'Happened', notHappened: 'Did not happen',
    checking: 'Checking…', uploaded: 'File read: ', badJson: 'The file is not valid JSON: ', httpError: 'The service answered with an error',
    network: 'Cannot reach the service: ',
    reviewScope: 'Is legal review required?', reviewYes: 'Yes. The decision needs a passed legal review first.',
    reviewNo: 'Not under the applicable law (unless the agency\'s review list requires it).',
    reviewUnknown: 'For you to judge: answer the questions below.', reviewNone: 'The rule did not apply (e.g. not a penalty case).',
    window: 'When the decision may be made', earliest: 'Earliest', latest: 'Latest', noLatest: 'Cannot tell (see below)',
    conditional: 'No decision before these are done; the earliest date is a lower bound only:',
    closed: 'The statutory period has run out: no lawful decision date is left.',
    decided: 'A decision is on file: no decision window.',
    boundEARLIEST: 'Not before', boundLATEST: 'Not after', boundCONDITION: 'First',
    summary: 'Summary', groupVIOLATION: 'Violations', groupNEEDS_REVIEW: 'For you to judge',
    groupPENDING: 'Still open', groupSATISFIED: 'Satisfied',
    none: 'None', dueDate: 'Due', basis: 'Basis', details: 'Facts and parameters', unverified: 'unverified',
    secondary: 'secondary sources', verified: 'verified', timeline: 'Timeline of deadlines', today: 'Review date',
    toJudge: 'What you must judge', unanswered: 'Not answered: ', catalog: 'Rule catalog {c}, holiday calendar {k}',
    opinionTitle: 'Legal review opinion (draft)', opCase: 'Case', opDate: 'Review date', opBasis: 'Basis',
    opScope: '1. Does the case require legal review?', opIssues: '2. Issues found', opOpen: '3. Steps still open',
    opJudge: '4. Matters to judge', opWindow: '5. When the decision may be made', opOpinion: '6. Opinion',
    opOpinionBlank: '(For the reviewer: agree / agree after changes / disagree, with reasons)',
    opSign: 'Reviewer: __________    Date: __________', opNoIssues: 'No violation found.',
    opCatalog: 'lawcheck rule catalog {c} (holiday calendar {k}); a pre-check for the reviewer to confirm.',
    cites: 'Provisions', facts: 'Facts', params: 'Parameters'
  }
};

const ENUMS = {
  agencySystem: {
    MARKET_REGULATION: ['市场监管', 'Market regulation'], PUBLIC_SECURITY: ['公安', 'Public security'],
    PUBLIC_ORDER: ['公安（治安管理处罚法）', 'Public order (PSAPL)'], ECOLOGY_ENVIRONMENT: ['生态环境', 'Ecology and environment'],
    TAXATION: ['税务', 'Taxation'], TRANSPORT: ['交通运输', 'Transport'],
    URBAN_MANAGEMENT: ['城管 / 综合行政执法', 'Urban management'], OTHER: ['其他', 'Other']
  },
  agencyLevel: {
    UNKNOWN: ['不详', 'Unknown'], PROVINCE: ['省级', 'Province'], CITY: ['市级', 'City'],
    DISTRICT: ['区县级', 'District / county'], TOWNSHIP: ['乡镇街道', 'Township']
  },
  partyKind: { INDIVIDUAL: ['公民', 'Individual'], ORGANISATION: ['法人或其他组织', 'Organisation'], UNKNOWN: ['不详', 'Unknown'] },
  procedure: { GENERAL: ['一般程序', 'General'], SUMMARY: ['简易程序', 'Summary'], UNKNOWN: ['不详', 'Unknown'] },
  penaltyKind: {
    FINE: ['罚款', 'Fine'], WARNING: ['警告', 'Warning'], CIRCULATED_CRITICISM: ['通报批评', 'Circulated criticism'],
    CONFISCATE_ILLEGAL_GAINS: ['没收违法所得', 'Confiscation of illegal gains'],
    CONFISCATE_PROPERTY: ['没收非法财物', 'Confiscation of property'], SUSPEND_LICENCE: ['暂扣许可证件', 'Licence suspended'],
    LOWER_QUALIFICATION: ['降低资质等级', 'Qualification lowered'], REVOKE_LICENCE: ['吊销许可证件', 'Licence revoked'],
    RESTRICT_BUSINESS: ['限制开展生产经营活动', 'Business restricted'],
    SUSPEND_PRODUCTION_OR_BUSINESS: ['责令停产停业', 'Production or business suspended'], CLOSURE: ['责令关闭', 'Closure'],
    RESTRICT_PRACTICE: ['限制从业', 'Practice restricted'], DETENTION: ['行政拘留', 'Detention'], OTHER: ['其他', 'Other']
  },
  officerRole: { ENFORCEMENT_OFFICER: ['执法人员', 'Enforcement officer'], AUXILIARY: ['辅助人员', 'Auxiliary'], UNKNOWN: ['不详', 'Unknown'] },
  reviewResult: { UNKNOWN: ['不详 / 尚未审核', 'Unknown / not yet'], PASSED: ['通过', 'Passed'], NOT_PASSED: ['未通过', 'Not passed'] },
  status: { VIOLATION: ['违法', 'Violation'], NEEDS_REVIEW: ['需判断', 'To judge'], PENDING: ['待办', 'Open'], SATISFIED: ['已满足', 'Satisfied'] },
  severity: { CRITICAL: ['严重', 'Critical'], MAJOR: ['重要', 'Major'], MINOR: ['一般', 'Minor'], INFO: ['提示', 'Info'] }
};

const STEPS = {
  FILING: ['立案（受案）', 'Filing'], STATEMENT_NOTICE_SERVED: ['送达行政处罚事先告知书', 'Prior notice served'],
  HEARING_RIGHT_NOTIFIED: ['告知听证权利', 'Hearing right notified'], HEARING_REQUESTED: ['当事人要求听证', 'Hearing requested'],
  HEARING_WAIVED: ['当事人放弃听证', 'Hearing waived'], HEARING_SCHEDULE_SERVED: ['送达听证通知书', 'Hearing notice served'],
  HEARING_HELD: ['举行听证', 'Hearing held'], DEFENCE_RECEIVED: ['收到陈述、申辩', 'Statement and defence received'],
  DEFENCE_WAIVED: ['当事人放弃陈述、申辩', 'Statement and defence waived'], LEGAL_REVIEW: ['法制审核完成', 'Legal review done'],
  COLLECTIVE_DISCUSSION: ['负责人集体讨论', 'Collective discussion'], DECISION: ['作出决定', 'Decision made']
};

const QUESTIONS = {
  majorPublicInterest: ['是否涉及重大公共利益？（第58条第1款第1项）', 'Major public interest involved? (Art 58(1)(1))'],
  majorRightsAffected: ['是否直接关系当事人或者第三人重大权益？（第58条第1款第2项，经听证的）', 'Directly affects major rights of the party or a third party? (Art 58(1)(2), if heard)'],
  complexMultipleRelations: ['案件情况是否疑难复杂、涉及多个法律关系？（第58条第1款第3项）', 'Complex, with several legal relationships? (Art 58(1)(3))'],
  reviewRequiredByOtherLaw: ['法律、法规或本机关审核目录是否要求法制审核？（第58条第1款第4项）', 'Does another law or the review list require review? (Art 58(1)(4))'],
  complexOrMajorViolation: ['是否情节复杂或者重大违法行为（须集体讨论）？（第57条第2款）', 'Complex circumstances or a major violation (collective discussion)? (Art 57(2))'],
  heavyPenalty: ['是否属于“其他较重的行政处罚”？（第63条第1款）', 'An "other heavier penalty"? (Art 63(1))'],
  decisionPeriodExtended: ['办案期限是否经批准延长或依法扣除？', 'Was the decision period extended or time excluded with approval?']
};
const REVIEWER_QUESTIONS = {
  firstTimeReviewer: ['审核人员是否初次从事法制审核？', 'Is the reviewer reviewing for the first time?'],
  reviewerHasLegalQualification: ['审核人员是否取得法律职业资格？', 'Does the reviewer hold the legal professional qualification?']
};
const STATUS_ORDER = ['VIOLATION', 'NEEDS_REVIEW', 'PENDING', 'SATISFIED'];
const SEVERITY_ORDER = ['CRITICAL', 'MAJOR', 'MINOR', 'INFO'];

const state = { lang: 'zh', lastCase: null, lastResult: null, catalog: null };
const $ = (sel, root) => (root || document).querySelector(sel);
const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

function stop() { return state.lang === 'en' ? '. ' : '。'; }
function colon() { return state.lang === 'en' ? ': ' : '：'; }
function paren(x) { return state.lang === 'en' ? ` (${x}) ` : `（${x}）`; }
function t(key) { return (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.zh[key] || key; }
function pick(pair) { return Array.isArray(pair) ? pair[state.lang === 'en' ? 1 : 0] : pair; }
function loc(text) { return text ? (state.lang === 'en' ? (text.en || text.zh) : text.zh) : ''; }
function enumLabel(kind, value) { return ENUMS[kind] && ENUMS[kind][value] ? pick(ENUMS[kind][value]) : value; }

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || ['for', 'id', 'name', 'type', 'value', 'role', 'lang', 'href', 'inputmode', 'min', 'step', 'title'].includes(k)) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function todayIso() {
  const d = new Date();
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/* ---------- form building ---------- */

let uid = 0;
function fillSelect(select, kind, value) {
  const current = value !== undefined ? value : select.value;
  select.textContent = '';
  for (const [k, pair] of Object.entries(ENUMS[kind])) select.append(el('option', { value: k, text: pick(pair) }));
  if (current && ENUMS[kind][current]) select.value = current;
}

function triGroup(name, labelPair, value) {
  const id = `tri-${name}`;
  const fs = el('fieldset', { class: 'tri', 'data-tri': name, id });
  fs.append(el('legend', { text: pick(labelPair), 'data-label': JSON.stringify(labelPair) }));
  for (const [v, key] of [['true', 'yes'], ['false', 'no'], ['', 'unknown']]) {
    const rid = `${id}-${key}`;
    const input = el('input', { type: 'radio', name: id, id: rid, value: v });
    if ((value === true && v === 'true') || (value === false && v === 'false') || ((value === null || value === undefined) && v === '')) input.checked = true;
    fs.append(el('span', { class: 'choice' }, input, el('label', { for: rid, 'data-i18n': key, text: t(key) })));
  }
  return fs;
}
function triValue(name) {
  const checked = $(`#tri-${name} input:checked`);
  return !checked || checked.value === '' ? null : checked.value === 'true';
}

function addPenalty(kind, amount) {
  const n = ++uid;
  const row = el('div', { class: 'row penalty' });
  const sel = el('select', { id: `pk-${n}`, 'data-enum': 'penaltyKind', class: 'p-kind' });
  fillSelect(sel, 'penaltyKind', kind || 'FINE');
  const amt = el('input', { id: `pa-${n}`, class: 'p-amount', inputmode: 'decimal', value: amount == null ? '' : String(amount) });
  row.append(
    el('div', { class: 'field' }, el('label', { for: `pk-${n}`, 'data-i18n': 'penaltyKind', text: t('penaltyKind') }), sel),
    el('div', { class: 'field' }, el('label', { for: `pa-${n}`, 'data-i18n': 'amount', text: t('amount') }), amt),
    el('button', { type: 'button', class: 'link remove', 'data-i18n': 'remove', text: t('remove'), onclick: () => row.remove() }));
  $('#penalties').append(row);
}

function addOfficer(o) {
  const n = ++uid;
  o = o || {};
  const row = el('div', { class: 'row officer' });
  const role = el('select', { id: `or-${n}`, class: 'o-role', 'data-enum': 'officerRole' });
  fillSelect(role, 'officerRole', o.role || 'ENFORCEMENT_OFFICER');
  row.append(
    el('div', { class: 'field' }, el('label', { for: `oref-${n}`, 'data-i18n': 'officerRef', text: t('officerRef') }),
      el('input', { id: `oref-${n}`, class: 'o-ref', value: o.ref || `O-${n}`, maxlength: 64 })),
    el('div', { class: 'field' }, el('label', { for: `or-${n}`, 'data-i18n': 'officerRole', text: t('officerRole') }), role),
    triGroup(`officer-${n}`, [TEXT.zh.certified, TEXT.en.certified], o.certified),
    el('button', { type: 'button', class: 'link remove', 'data-i18n': 'remove', text: t('remove'), onclick: () => row.remove() }));
  row.dataset.n = n;
  $('#officers').append(row);
}

function buildSteps() {
  const box = $('#steps');
  for (const [kind, pair] of Object.entries(STEPS)) {
    const row = el('div', { class: 'row step', 'data-step': kind });
    const name = el('span', { class: 'step-name', id: `sn-${kind}`, 'data-label': JSON.stringify(pair), text: pick(pair) });
    const sel = el('select', { id: `ss-${kind}`, class: 's-state', 'aria-labelledby': `sn-${kind} ssl-${kind}` });
    const date = el('input', { type: 'date', id: `sd-${kind}`, class: 's-date', 'aria-labelledby': `sn-${kind} sdl-${kind}` });
    row.append(name,
      el('div', { class: 'field' }, el('span', { class: 'mini', id: `ssl-${kind}`, 'data-i18n': 'stepState', text: t('stepState') }), sel),
      el('div', { class: 'field' }, el('span', { class: 'mini', id: `sdl-${kind}`, 'data-i18n': 'stepDate', text: t('stepDate') }), date));
    box.append(row);
    date.addEventListener('change', () => { if (date.value) sel.value = 'yes'; });
  }
  relabelStepStates();
}
function relabelStepStates() {
  for (const sel of $$('.s-state')) {
    const v = sel.value || '';
    sel.textContent = '';
    sel.append(el('option', { value: '', text: t('notRecorded') }), el('option', { value: 'yes', text: t('happened') }),
      el('option', { value: 'no', text: t('notHappened') }));
    sel.value = v;
  }
}

function buildQuestions() {
  const j = $('#judgements');
  for (const [k, pair] of Object.entries(QUESTIONS)) j.append(triGroup(k, pair, null));
  const r = $('#review-questions');
  for (const [k, pair] of Object.entries(REVIEWER_QUESTIONS)) r.append(triGroup(k, pair, null));
}

/* ---------- form <-> case JSON ---------- */

function collectCase() {
  const caseObj = {
    caseId: $('#caseId').value.trim(), actKind: 'PENALTY', agencySystem: $('#agencySystem').value,
    agencyLevel: $('#agencyLevel').value, party: { kind: $('#partyKind').value }, procedure: $('#procedure').value
  };
  const j = $('#jurisdiction').value.trim();
  if (j) caseObj.jurisdiction = j;
  caseObj.proposedPenalties = $$('.penalty').map(r => {
    const amount = $('.p-amount', r).value.trim().replace(/,/g, '');
    const p = { kind: $('.p-kind', r).value };
    if (amount) p.amountYuan = amount;
    return p;
  });
  const steps = {};
  for (const row of $$('.step')) {
    const kind = row.dataset.step, state_ = $('.s-state', row).value, date = $('.s-date', row).value;
    if (date) steps[kind] = { date };
    else if (state_ === 'yes') steps[kind] = { happened: true };
    else if (state_ === 'no') steps[kind] = { happened: false };
  }
  caseObj.steps = steps;
  const officers = $$('.officer').map(r => {
    const o = { ref: $('.o-ref', r).value.trim(), role: $('.o-role', r).value };
    const c = triValue(`officer-${r.dataset.n}`);
    if (c !== null) o.certified = c;
    return o;
  }).filter(o => o.ref);
  if (officers.length) caseObj.officers = officers;
  caseObj.legalReview = { result: $('#reviewResult').value, firstTimeReviewer: triValue('firstTimeReviewer'),
    reviewerHasLegalQualification: triValue('reviewerHasLegalQualification') };
  caseObj.judgements = {};
  for (const k of Object.keys(QUESTIONS)) caseObj.judgements[k] = triValue(k);
  return caseObj;
}

function setTri(name, value) {
  const v = value === true ? 'true' : value === false ? 'false' : '';
  const input = $(`#tri-${name} input[value="${v}"]`);
  if (input) input.checked = true;
}

/** Best effort: shows an uploaded case in the form so the reviewer can change it and check again. */
function fillForm(c) {
  $('#caseId').value = c.caseId || '';
  if (c.agencySystem) $('#agencySystem').value = c.agencySystem;
  if (c.agencyLevel) $('#agencyLevel').value = c.agencyLevel;
  $('#jurisdiction').value = c.jurisdiction || '';
  $('#partyKind').value = (c.party && c.party.kind) || 'UNKNOWN';
  $('#procedure').value = c.procedure || 'UNKNOWN';
  $('#penalties').textContent = '';
  const penalties = (c.proposedPenalties && c.proposedPenalties.length ? c.proposedPenalties : c.decidedPenalties) || [];
  penalties.forEach(p => addPenalty(p.kind, p.amountYuan));
  for (const row of $$('.step')) {
    const s = (c.steps || {})[row.dataset.step];
    $('.s-date', row).value = s && s.date ? s.date : '';
    $('.s-state', row).value = !s ? '' : (s.date || s.happened === true ? 'yes' : s.happened === false ? 'no' : '');
  }
  $('#officers').textContent = '';
  (c.officers || []).forEach(addOfficer);
  const lr = c.legalReview || {};
  $('#reviewResult').value = lr.result || 'UNKNOWN';
  setTri('firstTimeReviewer', lr.firstTimeReviewer);
  setTri('reviewerHasLegalQualification', lr.reviewerHasLegalQualification);
  for (const k of Object.keys(QUESTIONS)) setTri(k, (c.judgements || {})[k]);
}

/* ---------- checking ---------- */

async function runCheck(caseObj) {
  state.lastCase = caseObj;
  const results = $('#results');
  results.hidden = false;
  $('#error').hidden = true;
  $('#result-body').textContent = t('checking');
  const asOf = $('#asOf').value || todayIso();
  try {
    const res = await postCheck(asOf, caseObj);
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      showError(body);
      return;
    }
    state.lastResult = body;
    renderResult();
    $('#print-view').disabled = false;
    results.focus();
  } catch (e) {
    showError({ title: t('network') + e.message });
  }
}

/* When the service requires an API key (LAWCHECK_API_KEYS, docs/operations.md) the page asks for it once per tab
   and sends it as X-API-Key; it is kept in sessionStorage only, never in the page or a cookie. */
const API_KEY_ITEM = 'lawcheck.apiKey';

async function postCheck(asOf, caseObj) {
  const send = () => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
    const key = sessionStorage.getItem(API_KEY_ITEM);
    if (key) headers['X-API-Key'] = key;
    return fetch(`api/v1/checks?mode=PRECHECK&asOf=${encodeURIComponent(asOf)}`, {
      method: 'POST', headers, body: JSON.stringify(caseObj)
    });
  };
  let res = await send();
  if (res.status === 401) {
    const key = window.prompt('此服务需要 API 密钥 / This service requires an API key (X-API-Key):');
    if (key) {
      sessionStorage.setItem(API_KEY_ITEM, key.trim());
      res = await send();
    }
  }
  return res;
}

function showError(problem) {
  state.lastResult = null;
  $('#result-body').textContent = '';
  const box = $('#error');
  box.hidden = false;
  box.textContent = '';
  box.append(el('strong', { text: (problem && problem.title) || t('httpError') }));
  const errors = (problem && problem.errors) || [];
  if (errors.length) box.append(el('ul', {}, errors.map(e => el('li', {}, el('code', { text: e.field || '—' }), ' ', e.reason))));
  else if (problem && problem.detail) box.append(el('p', { text: problem.detail }));
}

/* ---------- rendering ---------- */

function citationList(citations) {
  return el('ul', { class: 'citations' }, (citations || []).map(c => el('li', { class: 'citation', 'data-citation': c.id },
    el('span', { class: 'cite-label', text: loc(c.label) }),
    c.verification === 'UNVERIFIED' ? el('span', { class: 'badge warn', text: t('unverified') }) : null,
    el('span', { class: 'cite-summary', text: loc(c.summary) }))));
}

function showValue(v) {
  if (v && typeof v === 'object' && 'zh' in v) return loc(v);
  if (v === 'YES') return t('yes');
  if (v === 'NO') return t('no');
  if (v === 'UNKNOWN') return t('unknown');
  return String(v);
}

function findingCard(f) {
  const card = el('article', { class: `finding s-${f.status}`, 'data-rule': f.ruleId, 'data-status': f.status });
  card.append(el('h4', {},
    el('span', { class: `badge st-${f.status}`, text: enumLabel('status', f.status) }), ' ',
    el('span', { class: `badge sev-${f.severity}`, text: enumLabel('severity', f.severity) }), ' ',
    loc(f.title), ' ', el('span', { class: 'rule-id', text: `${f.ruleId}@${f.ruleVersion}` })));
  card.append(el('p', { class: 'message', text: loc(f.message) }));
  if (f.dueDate) card.append(el('p', { class: 'due' }, el('strong', { text: t('dueDate') + colon() }), el('time', { datetime: f.dueDate, text: f.dueDate })));
  card.append(el('div', { class: 'basis' }, el('strong', { text: t('cites') }), citationList(f.citations)));
  const rows = [];
  for (const [k, v] of Object.entries(f.facts || {})) rows.push(el('li', {}, el('code', { text: k }), colon(), showValue(v)));
  for (const [k, v] of Object.entries(f.parameters || {})) rows.push(el('li', {}, el('code', { text: k }), colon(), showValue(v)));
  if (rows.length) card.append(el('details', {}, el('summary', { text: t('details') }), el('ul', { class: 'facts' }, rows)));
  return card;
}

function reviewScopeBox(r) {
  const f = r.findings.find(x => x.ruleId === 'P-REV-1');
  const required = f ? f.facts.required : null;
  const key = required === 'YES' ? 'reviewYes' : required === 'NO' ? 'reviewNo' : required === 'UNKNOWN' ? 'reviewUnknown' : 'reviewNone';
  const box = el('section', { class: `scope scope-${required || 'NONE'}`, id: 'review-scope', 'data-required': required || 'NONE', 'aria-labelledby': 'scope-h' },
    el('h3', { id: 'scope-h', text: t('reviewScope') }), el('p', { class: 'scope-answer', text: t(key) }));
  if (f) {
    const grounds = ['majorPublicInterest', 'majorRightsAffected', 'complexMultipleRelations', 'reviewRequiredByOtherLaw'];
    const items = grounds.filter(g => g in f.facts).map(g => el('li', { 'data-ground': g }, pick(QUESTIONS[g]), ' ',
      el('strong', { text: showValue(f.facts[g]) })));
    if (items.length) box.append(el('ul', { class: 'grounds' }, items));
    box.append(citationList(f.citations));
  }
  return box;
}

function windowBox(r) {
  const w = r.decisionWindow;
  const box = el('section', { class: 'window', id: 'decision-window', 'aria-labelledby': 'window-h' }, el('h3', { id: 'window-h', text: t('window') }));
  if (!w) {
    box.append(el('p', { text: t('decided') }));
    return box;
  }
  box.append(el('dl', { class: 'dates' },
    el('dt', { text: t('earliest') }), el('dd', { id: 'dw-earliest' }, el('time', { datetime: w.earliest, text: w.earliest })),
    el('dt', { text: t('latest') }), el('dd', { id: 'dw-latest' }, w.latest ? el('time', { datetime: w.latest, text: w.latest }) : t('noLatest'))));
  if (w.closed) box.append(el('p', { class: 'alert', role: 'status', text: t('closed') }));
  if (w.conditional) box.append(el('p', { class: 'note', text: t('conditional') }));
  box.append(el('ul', { class: 'reasons' }, w.reasons.map(x => el('li', { 'data-bound': x.bound, 'data-rule': x.ruleId },
    el('strong', { text: t('bound' + x.bound) }), x.date ? ' ' + x.date : '', paren(x.ruleId), loc(x.text)))));
  return box;
}

function timelineBox(r) {
  const items = [];
  const c = state.lastCase || {};
  for (const [kind, s] of Object.entries(c.steps || {})) {
    if (s && s.date) items.push({ date: s.date, label: STEPS[kind] ? pick(STEPS[kind]) : kind, kind: 'step' });
  }
  for (const f of r.findings) {
    if (f.dueDate && (f.status === 'PENDING' || f.status === 'VIOLATION')) {
      items.push({ date: f.dueDate, label: `${t('dueDate')}${colon()}${loc(f.title)}${paren(f.ruleId)}`, kind: `due st-${f.status}` });
    }
  }
  if (r.decisionWindow) {
    items.push({ date: r.decisionWindow.earliest, label: `${t('earliest')}${colon()}${t('window')}`, kind: 'bound' });
    if (r.decisionWindow.latest) items.push({ date: r.decisionWindow.latest, label: `${t('latest')}${colon()}${t('window')}`, kind: 'bound' });
  }
  items.push({ date: r.asOf, label: t('today'), kind: 'today' });
  items.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'today' ? -1 : 1));
  return el('section', { class: 'timeline', id: 'timeline', 'aria-labelledby': 'tl-h' }, el('h3', { id: 'tl-h', text: t('timeline') }),
    el('ol', {}, items.map(i => el('li', { class: `tl-${i.kind.split(' ')[0]} ${i.kind}` },
      el('time', { datetime: i.date, text: i.date }), el('span', { text: i.label })))));
}

/* Questions always put to the reviewer while unanswered; heavyPenalty and decisionPeriodExtended come up through
   the findings (P-HEAR-1, P-DEC-3) only where they matter. */
const ALWAYS_ASK = ['majorPublicInterest', 'majorRightsAffected', 'complexMultipleRelations', 'reviewRequiredByOtherLaw',
  'complexOrMajorViolation'];
function unansweredQuestions() {
  const c = state.lastCase || {};
  const j = c.judgements || {};
  return ALWAYS_ASK.filter(k => j[k] === null || j[k] === undefined);
}

function toJudgeBox(r) {
  const needs = r.findings.filter(f => f.status === 'NEEDS_REVIEW');
  const qs = unansweredQuestions();
  return el('section', { class: 'to-judge', id: 'to-judge', 'aria-labelledby': 'tj-h' }, el('h3', { id: 'tj-h', text: t('toJudge') }),
    needs.length || qs.length ? el('ul', {},
      needs.map(f => el('li', { 'data-rule': f.ruleId }, el('strong', { text: `${loc(f.title)}${paren(f.ruleId)}` }), colon(), loc(f.message))),
      qs.map(k => el('li', { 'data-question': k }, t('unanswered'), pick(QUESTIONS[k])))) : el('p', { text: t('none') }));
}

function renderResult() {
  const r = state.lastResult;
  if (!r) return;
  const body = $('#result-body');
  body.textContent = '';
  const s = r.summary;
  body.append(el('p', { class: 'summary', id: 'summary' },
    `${r.caseId} · ${t('today')} ${r.asOf} · `,
    STATUS_ORDER.map(st => el('span', { class: `badge st-${st}` }, `${enumLabel('status', st)} ${({ VIOLATION: s.violations, NEEDS_REVIEW: s.needsReview, PENDING: s.pending, SATISFIED: s.satisfied })[st]}`))));
  body.append(el('div', { class: 'overview' }, reviewScopeBox(r), windowBox(r)));
  body.append(toJudgeBox(r));
  for (const st of STATUS_ORDER) {
    const list = r.findings.filter(f => f.status === st)
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId));
    const group = el('section', { class: 'group', id: `group-${st}`, 'aria-labelledby': `gh-${st}` },
      el('h3', { id: `gh-${st}`, text: `${t('group' + st)}${state.lang === 'en' ? ` (${list.length})` : `（${list.length}）`}` }));
    if (!list.length) group.append(el('p', { class: 'empty', text: t('none') }));
    list.forEach(f => group.append(findingCard(f)));
    body.append(group);
  }
  body.append(timelineBox(r));
  $('#catalog-line').textContent = t('catalog').replace('{c}', r.catalogVersion).replace('{k}', r.calendarVersion);
  if (!$('#opinion').hidden) renderOpinion();
}

function opinionIssue(f) {
  return el('li', { 'data-rule': f.ruleId }, el('strong', { text: `${loc(f.title)}` }), paren(f.ruleId), loc(f.message),
    f.dueDate ? paren(`${t('dueDate')}${colon()}${f.dueDate}`) : '',
    el('span', { class: 'op-cite' }, `${t('basis')}${colon()}`, (f.citations || []).map(c => loc(c.label)).join(state.lang === 'en' ? '; ' : '；')));
}

function renderOpinion() {
  const r = state.lastResult;
  const body = $('#opinion-body');
  body.textContent = '';
  if (!r) return;
  const rev = r.findings.find(x => x.ruleId === 'P-REV-1');
  const required = rev ? rev.facts.required : null;
  const by = st => r.findings.filter(f => f.status === st);
  const w = r.decisionWindow;
  body.append(
    el('h2', { id: 'opinion-h', text: t('opinionTitle') }),
    el('dl', { class: 'op-head' }, el('dt', { text: t('opCase') }), el('dd', { text: r.caseId }),
      el('dt', { text: t('opDate') }), el('dd', { text: r.asOf }),
      el('dt', { text: t('opBasis') }), el('dd', { text: t('opCatalog').replace('{c}', r.catalogVersion).replace('{k}', r.calendarVersion) })),
    el('h3', { text: t('opScope') }),
    el('p', { text: t(required === 'YES' ? 'reviewYes' : required === 'NO' ? 'reviewNo' : required === 'UNKNOWN' ? 'reviewUnknown' : 'reviewNone') }),
    rev ? el('p', { class: 'op-cite', text: `${t('basis')}${colon()}${rev.citations.map(c => loc(c.label)).join(state.lang === 'en' ? '; ' : '；')}` }) : null,
    el('h3', { text: t('opIssues') }),
    by('VIOLATION').length ? el('ol', { id: 'op-issues' }, by('VIOLATION').map(opinionIssue)) : el('p', { id: 'op-issues', text: t('opNoIssues') }),
    el('h3', { text: t('opOpen') }),
    by('PENDING').length ? el('ol', {}, by('PENDING').map(opinionIssue)) : el('p', { text: t('none') }),
    el('h3', { text: t('opJudge') }),
    by('NEEDS_REVIEW').length || unansweredQuestions().length ? el('ol', {}, by('NEEDS_REVIEW').map(opinionIssue),
      unansweredQuestions().map(k => el('li', { text: pick(QUESTIONS[k]) }))) : el('p', { text: t('none') }),
    el('h3', { text: t('opWindow') }),
    w ? el('p', { id: 'op-window' }, `${t('earliest')}${colon()}${w.earliest}${state.lang === 'en' ? '; ' : '；'}${t('latest')}${colon()}${w.latest || t('noLatest')}`,
      w.conditional ? `${stop()}${t('conditional')}${w.reasons.filter(x => x.bound === 'CONDITION').map(x => loc(x.text)).join(state.lang === 'en' ? '; ' : '；')}` : '',
      w.closed ? `${stop()}${t('closed')}` : '') : el('p', { text: t('decided') }),
    el('h3', { text: t('opOpinion') }),
    el('p', { class: 'blank', text: t('opOpinionBlank') }), el('div', { class: 'lines' }),
    el('p', { class: 'sign', text: t('opSign') }));
}

function openOpinion() {
  renderOpinion();
  document.body.classList.add('opinion-mode');
  $('#opinion').hidden = false;
  $('#do-print').focus();
}
function closeOpinion() {
  document.body.classList.remove('opinion-mode');
  $('#opinion').hidden = true;
  $('#print-view').focus();
}

/* ---------- language ---------- */

function applyLanguage() {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('title') + ' · lawcheck';
  for (const e of $$('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of $$('[data-label]')) e.textContent = pick(JSON.parse(e.dataset.label));
  for (const s of $$('select[data-enum]')) fillSelect(s, s.dataset.enum);
  relabelStepStates();
  const toggle = $('#lang-toggle');
  toggle.textContent = state.lang === 'en' ? '中文' : 'English';
  toggle.setAttribute('lang', state.lang === 'en' ? 'zh-CN' : 'en');
  toggle.setAttribute('aria-label', state.lang === 'en' ? '切换到中文' : 'Switch to English');
  renderResult();
  if (!$('#opinion').hidden) renderOpinion();
}

/* ---------- wiring ---------- */

function sample() {
  fillForm({ caseId: 'DRAFT-EXAMPLE-1', agencySystem: 'PUBLIC_SECURITY', agencyLevel: 'DISTRICT', jurisdiction: '120101',
    party: { kind: 'INDIVIDUAL' }, procedure: 'GENERAL', proposedPenalties: [{ kind: 'FINE', amountYuan: 5000 }],
    steps: { FILING: { date: todayIso() } },
    officers: [{ ref: 'P-1', role: 'ENFORCEMENT_OFFICER', certified: true }, { ref: 'P-2', role: 'ENFORCEMENT_OFFICER', certified: true }],
    judgements: { majorPublicInterest: false, majorRightsAffected: false, complexMultipleRelations: false } });
}

function init() {
  for (const s of $$('select[data-enum]')) fillSelect(s, s.dataset.enum);
  $('#agencySystem').value = 'PUBLIC_SECURITY';
  $('#agencyLevel').value = 'DISTRICT';
  $('#partyKind').value = 'INDIVIDUAL';
  $('#procedure').value = 'GENERAL';
  $('#asOf').value = todayIso();
  buildSteps();
  buildQuestions();
  addPenalty('FINE', '');
  $('#add-penalty').addEventListener('click', () => addPenalty());
  $('#add-officer').addEventListener('click', () => addOfficer());
  $('#load-sample').addEventListener('click', sample);
  $('#draft-form').addEventListener('submit', e => { e.preventDefault(); runCheck(collectCase()); });
  $('#case-file').addEventListener('change', e => {
    const file = e.target.files && e.target.files[0];
    if (!file) return;
    file.text().then(text => {
      let obj;
      try { obj = JSON.parse(text); } catch (err) { $('#results').hidden = false; showError({ title: t('badJson') + err.message }); return; }
      try { fillForm(obj); } catch (ignored) { /* the form shows what it can; the check uses the file as is */ }
      runCheck(obj);
    });
  });
  $('#lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh' : 'en';
    try { localStorage.setItem('lawcheck.lang', state.lang); } catch (ignored) { /* private mode */ }
    applyLanguage();
  });
  $('#print-view').addEventListener('click', openOpinion);
  $('#close-opinion').addEventListener('click', closeOpinion);
  $('#do-print').addEventListener('click', () => window.print());
  let saved = null;
  try { saved = localStorage.getItem('lawcheck.lang'); } catch (ignored) { /* private mode */ }
  const fromQuery = new URLSearchParams(location.search).get('lang');
  state.lang = fromQuery === 'en' || fromQuery === 'zh' ? fromQuery : saved === 'en' ? 'en' : 'zh';
  applyLanguage();
}

document.addEventListener('DOMContentLoaded', init);

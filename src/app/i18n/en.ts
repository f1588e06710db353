import type { AppStrings } from './vi';

/** The app's own words in English, key for key with `vi.ts`. */
export const en: AppStrings = {
  locale: {
    label: 'Ngôn ngữ · Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  shell: {
    appName: 'Biểu mẫu',
    mainNav: 'Main navigation',
    home: 'Home',
    drafts: 'Drafts',
    office: 'Office',
    loading: 'Loading…',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address is not part of Biểu mẫu.',
    backHome: 'Back to the home page',
    crashTitle: 'This page failed',
    crashText:
      'Something went wrong while showing this page. Saved answers are ' +
      'still on this computer. Reload the page; if it happens again, send ' +
      'the administrator this text:',
    reload: 'Reload the page',
    updateReady:
      'A new version is ready — reload when convenient. The open draft is ' +
      'saved before reloading.',
    reloadNow: 'Reload now',
    cancel: 'Cancel',
  },
  home: {
    title: 'Report forms',
    introBefore: 'Pick a form to start a new report, or open ',
    introLink: 'the drafts in progress',
    introAfter:
      '. Answers are saved on this computer straight away, even offline.',
    loading: 'Loading the list of forms…',
    catalogFailed: 'The list of forms could not be loaded.',
    catalogStatus: (status: number) =>
      `The server answered ${status} when asked for the list of forms.`,
    catalogHintBefore:
      'Check the network connection and reload the page. Saved drafts can ' +
      'still be opened under ',
    catalogHintLink: 'Drafts',
    unreadableFolders: 'Some form folders could not be read:',
    noForms: 'There are no forms yet.',
    formProblems: 'This form has errors in its definition files:',
    version: (version: string) => `Version ${version}`,
    current: 'Current',
    brokenVersion:
      'This version has errors in its definition files and cannot be used ' +
      'yet. Send the form administrator these errors:',
    brokenForm:
      "New reports cannot be started on this version because the form's " +
      'form.json has errors (see above). Existing drafts still open from ' +
      'Drafts.',
    create: 'Start a new report',
    createHidden: (version: string) => ` with version ${version}`,
    createFailed: (reason: string) =>
      `The new report could not be created: ${reason}`,
  },
  definition: {
    failed: (formId: string, version: string) =>
      `Form ${formId}, version ${version} could not be opened. The draft's ` +
      'answers are kept unchanged on this computer.',
    checkNetwork: 'Check the network connection and try again.',
    retry: 'Try again',
  },
  fill: {
    missingBefore: 'This draft was not found. It may have been deleted; open ',
    missingLink: 'the list of drafts',
    opening: 'Opening the report…',
    version: (version: string) => `Version ${version}`,
    sections: 'Sections of the report',
    sectionsAt: (current: number, count: number) =>
      `Sections of the report (section ${current} of ${count})`,
    answered: (answered: number, total: number) =>
      `${answered}/${total} answered`,
    errorCount: (count: number) =>
      count === 1 ? '1 error' : `${count} errors`,
    section: (n: number) => `Section ${n}`,
    sectionErrors: (count: number) =>
      count === 1
        ? 'This section has 1 error to fix'
        : `This section has ${count} errors to fix`,
    pager: 'Change section',
    previous: '← Previous section',
    next: 'Next section →',
    checkAll: 'Check the whole report',
    noErrors:
      'The report has no errors left. You can view the printout or submit it.',
    reportErrors: (count: number) =>
      count === 1 ? 'The report has 1 error' : `The report has ${count} errors`,
    errorsKept:
      'The draft is saved even while it has errors. Open each section to ' +
      'fix them:',
    printLink: 'View the printable report',
    keepMine: 'Keep my copy',
    useTheirs: 'Use the other tab’s copy',
    conflict:
      'This draft was just saved in another tab or window. Choose which ' +
      'copy to keep; the other one will be replaced.',
  },
  save: {
    savedAt: (time: string) => `Saved at ${time}`,
    saving: 'Saving…',
    paused: 'Saving is paused until you choose which copy to keep.',
    failed: 'Saving failed: ',
    notYet: 'Not saved yet: ',
    download: 'Download the draft',
  },
  drafts: {
    title: 'Drafts on this computer',
    import: 'Import a draft from a file (.json)',
    loading: 'Loading the list…',
    emptyBefore: 'There are no drafts yet. ',
    emptyLink: 'Pick a form',
    emptyAfter: ' to start a report.',
    restored: 'The draft was restored.',
    undo: 'Undo',
    skipped: (count: number) =>
      `${count} damaged draft(s) are not listed. The other drafts are not ` +
      'affected.',
    status: {
      draft: 'In progress',
      queued: 'Waiting to be sent',
      submitted: 'Submitted',
    },
    progress: (answered: number, total: number) =>
      `${answered}/${total} questions answered`,
    progressErrors: (count: number) =>
      count === 1 ? ', 1 error to fix' : `, ${count} errors to fix`,
    agency: 'Agency',
    notGiven: 'Not given',
    form: 'Form',
    formVersion: (formTitle: string, versionTitle: string) =>
      `${formTitle} (${versionTitle})`,
    year: 'Report year',
    savedAt: 'Last saved',
    progressLabel: 'Progress',
    statusLabel: 'Status',
    open: 'Open',
    rename: 'Rename',
    duplicate: 'Duplicate',
    newYear: 'Start next year’s report from this one',
    export: 'Export to a file',
    delete: 'Delete',
    renameTitle: 'Rename the draft',
    renamePrompt: 'New name of the draft',
    renameConfirm: 'Save the new name',
    emptyName: 'Type a name for the draft.',
    renamed: (name: string) => `Renamed to “${name}”.`,
    duplicated: (name: string) => `Created the copy “${name}”.`,
    deleted: (name: string) => `Deleted “${name}”.`,
    yearTitle: 'New year’s report',
    yearPrompt: 'Which year is the new report for?',
    yearConfirm: 'Create the report',
    notAYear: (text: string) =>
      `“${text}” is not a valid year: type four digits, from 2000 to 2100 (e.g. 2026).`,
    created: (name: string) => `Created “${name}”.`,
    imported: (name: string) => `Imported “${name}”.`,
    replaceTitle: 'This draft is already on this computer',
    replaceConfirm: 'Replace with the file’s copy',
    keepLocal: 'Keep the copy on this computer',
    replaceQuestion: (name: string) =>
      `This computer already has the draft “${name}” from this file. ` +
      'Replace the copy on this computer with the one in the file?',
    keptLocal: 'The draft on this computer was kept unchanged.',
    replaced: (name: string) =>
      `Replaced with the copy from the file: “${name}”.`,
    fetchFailed: (url: string, status: number) =>
      `${url} could not be loaded (code ${status}). Please try again later.`,
    reloadNeeded:
      'Biểu mẫu was just updated in another tab. The draft is saved; ' +
      'reload this page to carry on.',
  },
  submit: {
    title: 'Submit the report',
    submit: 'Submit the report',
    checking: 'Checking the report…',
    queueing: 'Putting the report in the sending queue…',
    confirmTitle: 'Submit this report?',
    confirmText:
      'Once submitted, the report cannot be changed. To change it you must ' +
      'create a revision and submit again.',
    replacesText: 'This report will replace the one submitted before.',
    back: 'Go back',
    blocked: (count: number) =>
      count === 1
        ? 'Not submitted yet: 1 thing to fix'
        : `Not submitted yet: ${count} things to fix`,
    sending: 'Sending…',
    queuedTitle: 'Waiting to be sent.',
    queuedText: (clock: string, day: string) =>
      ` The next try is at ${clock} on ${day}, or as soon as the network ` +
      'is back. You may close the page: the report is stored on this ' +
      'computer and is sent when Biểu mẫu is opened again.',
    sendNow: 'Send now',
    refusedTitle: 'The server refused it:',
    refusedUnknown: 'no reason given.',
    refusedText:
      'The report has been reopened for correction. When it is fixed, ' +
      'press "Submit the report".',
    submittedTitle: 'Submitted',
    submittedAt: (clock: string, day: string) => `at ${clock} on ${day}`,
    receipt: 'receipt number',
    submittedText: 'A submitted report can be viewed but no longer changed.',
    revise: 'Create a revision',
    notSubmitted:
      'A revision can only be made of a report that was submitted ' +
      'successfully. Wait until the server confirms it received this report.',
    draftGone:
      'This draft is no longer in the browser, so it was not submitted. ' +
      'Open the list of drafts again.',
  },
  print: {
    preparing: 'Preparing the printout…',
    print: 'Print',
    backToEdit: 'Back to editing the report',
  },
  office: {
    title: 'Submitted reports',
    backToList: '← List of submitted reports',
    reload: 'Reload',
    signOut: 'Sign out',
    loadingList: 'Loading the list…',
    loadingReport: 'Loading the report…',
    buildingForm: 'Building the form…',
    csv: 'Download CSV',
    csvBusy: 'Downloading CSV…',
    filters: 'Filter reports',
    filter: 'Filter',
    filterForm: 'Form',
    filterVersion: 'Version',
    filterYear: 'Report year',
    filterAgency: 'Agency',
    allForms: 'All forms',
    yearInvalid: (typed: string) =>
      `The report year "${typed}" is not valid: type four digits (e.g. 2026) ` +
      'or leave the box empty.',
    agencyHint: 'UBND xã …',
    noAgency: '(agency not given)',
    noMatch: 'No submitted report matches the filter.',
    count: (count: number) =>
      count === 1 ? '1 submitted report' : `${count} submitted reports`,
    agency: 'Agency',
    year: 'Report year',
    form: 'Form',
    receivedAt: 'Received',
    notes: 'Notes',
    view: 'View',
    viewOf: (agency: string) => `View the report of ${agency}`,
    revisionOf: 'Revision of',
    revisedBy: 'Revised by',
    reportOf: (agency: string) => `Report of ${agency}`,
    ofYear: (year: string) => ` — year ${year}`,
    receiptId: 'Receipt number',
    formVersion: (formTitle: string, versionTitle: string) =>
      `${formTitle} (${versionTitle})`,
    replaces: 'Revision of',
    replacedReport: (id: string) => `report ${id}`,
    readOnly: 'A submitted report is for viewing only; it cannot be changed.',
    tokenAgain: 'Enter the admin token again',
    signInTitle: 'Office sign-in',
    signInText:
      'Enter the admin token from your system administrator. It is kept only ' +
      'in this browser tab and forgotten when the tab closes.',
    token: 'Admin token',
    tokenMissing: 'Enter the admin token before pressing "View reports".',
    signIn: 'View reports',
    offline:
      'The server cannot be reached. Check the network, then press "Reload".',
    tokenRejected:
      'The admin token is wrong or has been changed. Enter the token your ' +
      'system administrator gave you again.',
    apiClosed:
      'The server has not opened report viewing because no admin token is ' +
      'set. Ask the server administrator to set one and restart the server.',
    serverError: (status: number) =>
      `The server failed (code ${status}). Please try again in a few minutes.`,
    unreadableList:
      'The list of reports from the server could not be read. Reload the page.',
    unreadableReport:
      'The server sent a report that cannot be read (no form id or version). ' +
      'Tell the system administrator.',
    openFailed: 'The report could not be opened. Reload the page.',
  },
};

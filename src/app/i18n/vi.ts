/**
 * Every word the app itself shows, in Vietnamese: the source of truth.
 * `en.ts` must give the same keys; a missing one fails `tsc`.
 */
export const vi = {
  locale: {
    // Both languages in the label, so either reader can find the switch.
    label: 'Ngôn ngữ · Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  shell: {
    appName: 'Biểu mẫu',
    mainNav: 'Điều hướng chính',
    home: 'Trang chủ',
    drafts: 'Bản nháp',
    office: 'Văn phòng',
    loading: 'Đang tải…',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Địa chỉ này không có trong Biểu mẫu.',
    backHome: 'Về trang chủ',
    crashTitle: 'Trang gặp lỗi',
    crashText:
      'Có lỗi khi hiển thị trang này. Các câu trả lời đã lưu vẫn còn trong ' +
      'máy. Hãy tải lại trang; nếu lỗi lặp lại, báo cho quản trị viên nội ' +
      'dung sau:',
    reload: 'Tải lại trang',
    updateReady:
      'Có phiên bản mới — tải lại khi thuận tiện. Bản nháp đang mở sẽ được ' +
      'lưu trước khi tải lại.',
    reloadNow: 'Tải lại ngay',
    cancel: 'Hủy',
  },
  home: {
    title: 'Biểu mẫu báo cáo',
    introBefore: 'Chọn biểu mẫu để tạo báo cáo mới, hoặc mở ',
    introLink: 'các bản nháp đang làm dở',
    introAfter:
      '. Câu trả lời được lưu ngay trên máy này, kể cả khi không có mạng.',
    loading: 'Đang tải danh sách biểu mẫu…',
    catalogFailed: 'Không tải được danh sách biểu mẫu.',
    catalogStatus: (status: number) =>
      `Máy chủ trả lời ${status} khi tải danh sách biểu mẫu.`,
    catalogHintBefore:
      'Kiểm tra kết nối mạng rồi tải lại trang. Các bản nháp đã lưu vẫn mở ' +
      'được trong mục ',
    catalogHintLink: 'Bản nháp',
    unreadableFolders: 'Một số thư mục biểu mẫu không đọc được:',
    noForms: 'Chưa có biểu mẫu nào.',
    formProblems: 'Biểu mẫu này có lỗi trong tệp định nghĩa:',
    version: (version: string) => `Phiên bản ${version}`,
    current: 'Hiện hành',
    brokenVersion:
      'Phiên bản này đang có lỗi trong tệp định nghĩa nên chưa dùng được. ' +
      'Báo cho quản trị viên biểu mẫu các lỗi sau:',
    brokenForm:
      'Chưa thể tạo báo cáo mới theo phiên bản này vì tệp form.json của ' +
      'biểu mẫu có lỗi (xem ở trên). Các bản nháp đã có vẫn mở được trong ' +
      'mục Bản nháp.',
    create: 'Tạo báo cáo mới',
    createHidden: (version: string) => ` theo phiên bản ${version}`,
    createFailed: (reason: string) => `Không tạo được báo cáo mới: ${reason}`,
  },
  definition: {
    failed: (formId: string, version: string) =>
      `Không mở được biểu mẫu ${formId}, phiên bản ${version}. Câu trả lời ` +
      'của bản nháp vẫn được giữ nguyên trên máy.',
    checkNetwork: 'Kiểm tra kết nối mạng rồi thử lại.',
    retry: 'Thử lại',
  },
  fill: {
    missingBefore: 'Không tìm thấy bản nháp này. Có thể nó đã bị xoá; hãy mở ',
    missingLink: 'danh sách bản nháp',
    opening: 'Đang mở báo cáo…',
    version: (version: string) => `Phiên bản ${version}`,
    sections: 'Các mục của báo cáo',
    sectionsAt: (current: number, count: number) =>
      `Các mục của báo cáo (đang ở mục ${current}/${count})`,
    answered: (answered: number, total: number) =>
      `${answered}/${total} đã trả lời`,
    errorCount: (count: number) => `${count} lỗi`,
    section: (n: number) => `Mục ${n}`,
    sectionErrors: (count: number) => `Mục này còn ${count} lỗi cần sửa`,
    pager: 'Chuyển mục',
    previous: '← Mục trước',
    next: 'Mục tiếp theo →',
    checkAll: 'Kiểm tra toàn bộ',
    noErrors: 'Báo cáo không còn lỗi nào. Có thể xem bản in hoặc gửi báo cáo.',
    reportErrors: (count: number) => `Báo cáo còn ${count} lỗi`,
    errorsKept: 'Bản nháp vẫn được lưu kể cả khi còn lỗi. Mở từng mục để sửa:',
    printLink: 'Xem bản in của báo cáo',
    keepMine: 'Giữ bản của tôi',
    useTheirs: 'Dùng bản ở thẻ kia',
    conflict:
      'Bản nháp này vừa được lưu ở một thẻ hoặc cửa sổ khác. Hãy chọn giữ ' +
      'bản nào; bản còn lại sẽ bị thay thế.',
  },
  save: {
    savedAt: (time: string) => `Đã lưu lúc ${time}`,
    saving: 'Đang lưu…',
    paused: 'Tạm dừng lưu cho đến khi bạn chọn giữ bản nào.',
    failed: 'Lưu thất bại: ',
    notYet: 'Chưa lưu được: ',
    download: 'Tải bản nháp về máy',
  },
  drafts: {
    title: 'Bản nháp trên máy này',
    import: 'Nhập bản nháp từ tệp (.json)',
    loading: 'Đang tải danh sách…',
    emptyBefore: 'Chưa có bản nháp nào. ',
    emptyLink: 'Chọn biểu mẫu',
    emptyAfter: ' để bắt đầu một báo cáo.',
    restored: 'Đã khôi phục bản nháp.',
    undo: 'Hoàn tác',
    skipped: (count: number) =>
      `${count} bản nháp bị hỏng nên không hiện trong danh sách. Các bản ` +
      'nháp khác không bị ảnh hưởng.',
    status: {
      draft: 'Đang soạn',
      queued: 'Đang chờ gửi',
      submitted: 'Đã nộp',
    },
    progress: (answered: number, total: number) =>
      `${answered}/${total} câu đã trả lời`,
    progressErrors: (count: number) => `, ${count} lỗi cần sửa`,
    agency: 'Đơn vị',
    notGiven: 'Chưa ghi',
    form: 'Biểu mẫu',
    formVersion: (formTitle: string, versionTitle: string) =>
      `${formTitle} — ${versionTitle}`,
    year: 'Năm báo cáo',
    savedAt: 'Lưu lần cuối',
    progressLabel: 'Tiến độ',
    statusLabel: 'Trạng thái',
    open: 'Mở',
    rename: 'Đổi tên',
    duplicate: 'Nhân bản',
    newYear: 'Tạo báo cáo năm mới từ bản này',
    export: 'Xuất ra tệp',
    delete: 'Xóa',
    renameTitle: 'Đổi tên bản nháp',
    renamePrompt: 'Tên mới của bản nháp',
    renameConfirm: 'Lưu tên mới',
    emptyName: 'Hãy nhập tên cho bản nháp.',
    renamed: (name: string) => `Đã đổi tên thành “${name}”.`,
    duplicated: (name: string) => `Đã tạo bản sao “${name}”.`,
    deleted: (name: string) => `Đã xóa “${name}”.`,
    yearTitle: 'Tạo báo cáo năm mới',
    yearPrompt: 'Báo cáo mới cho năm nào?',
    yearConfirm: 'Tạo báo cáo',
    notAYear: (text: string) =>
      `“${text}” không phải là năm hợp lệ: hãy nhập năm có 4 chữ số, từ 2000 đến 2100 (ví dụ 2026).`,
    created: (name: string) => `Đã tạo “${name}”.`,
    imported: (name: string) => `Đã nhập “${name}”.`,
    replaceTitle: 'Bản nháp này đã có trên máy',
    replaceConfirm: 'Thay bằng bản trong tệp',
    keepLocal: 'Giữ bản trên máy',
    replaceQuestion: (name: string) =>
      `Máy này đã có bản nháp “${name}” giống tệp này. Thay bản trên máy ` +
      'bằng bản trong tệp?',
    keptLocal: 'Đã giữ nguyên bản nháp trên máy.',
    replaced: (name: string) => `Đã thay bằng bản trong tệp: “${name}”.`,
    fetchFailed: (url: string, status: number) =>
      `Không tải được ${url} (mã ${status}). Hãy thử lại sau.`,
    reloadNeeded:
      'Biểu mẫu vừa được cập nhật ở một thẻ khác. Bản nháp đã được lưu; ' +
      'hãy tải lại trang này để tiếp tục.',
  },
  submit: {
    title: 'Nộp báo cáo',
    submit: 'Nộp báo cáo',
    checking: 'Đang kiểm tra báo cáo…',
    queueing: 'Đang đưa báo cáo vào hàng chờ gửi…',
    confirmTitle: 'Nộp báo cáo này?',
    confirmText:
      'Sau khi nộp, báo cáo không sửa được nữa. Muốn thay đổi thì phải tạo ' +
      'bản sửa đổi và nộp lại.',
    replacesText: 'Báo cáo này sẽ thay thế báo cáo đã nộp trước đó.',
    back: 'Quay lại',
    blocked: (count: number) => `Chưa nộp được: còn ${count} chỗ cần sửa`,
    sending: 'Đang gửi…',
    queuedTitle: 'Đang chờ gửi.',
    queuedText: (clock: string, day: string) =>
      ` Sẽ thử gửi lại lúc ${clock} ngày ${day}, hoặc ngay khi có mạng trở ` +
      'lại. Có thể đóng trang: báo cáo đã được lưu trên máy này và sẽ tự ' +
      'gửi khi mở lại Biểu mẫu.',
    sendNow: 'Gửi lại ngay',
    refusedTitle: 'Máy chủ từ chối:',
    refusedUnknown: 'không rõ lý do.',
    refusedText:
      'Báo cáo đã được mở lại để sửa. Sửa xong hãy bấm "Nộp báo cáo".',
    submittedTitle: 'Đã nộp',
    submittedAt: (clock: string, day: string) => `lúc ${clock} ngày ${day}`,
    receipt: 'mã biên nhận',
    submittedText: 'Báo cáo đã nộp chỉ xem được, không sửa được nữa.',
    revise: 'Tạo bản sửa đổi',
    notSubmitted:
      'Chỉ tạo được bản sửa đổi cho báo cáo đã nộp thành công. Hãy đợi máy ' +
      'chủ xác nhận đã nhận báo cáo này.',
    draftGone:
      'Không tìm thấy bản nháp này trong trình duyệt nên chưa nộp được. ' +
      'Hãy mở lại danh sách bản nháp.',
  },
  print: {
    preparing: 'Đang chuẩn bị bản in…',
    print: 'In',
    backToEdit: 'Quay lại sửa báo cáo',
  },
  office: {
    title: 'Báo cáo đã nộp',
    backToList: '← Danh sách báo cáo đã nộp',
    reload: 'Tải lại',
    signOut: 'Đăng xuất',
    loadingList: 'Đang tải danh sách…',
    loadingReport: 'Đang tải báo cáo…',
    buildingForm: 'Đang dựng biểu mẫu…',
    csv: 'Tải về CSV',
    csvBusy: 'Đang tải CSV…',
    filters: 'Lọc báo cáo',
    filter: 'Lọc',
    filterForm: 'Biểu mẫu',
    filterVersion: 'Phiên bản',
    filterYear: 'Năm báo cáo',
    filterAgency: 'Đơn vị',
    allForms: 'Tất cả biểu mẫu',
    yearInvalid: (typed: string) =>
      `Năm báo cáo "${typed}" không hợp lệ: hãy gõ đủ 4 chữ số (ví dụ 2026) ` +
      'hoặc để trống ô này.',
    agencyHint: 'UBND xã …',
    noAgency: '(chưa ghi tên đơn vị)',
    noMatch: 'Chưa có báo cáo nào khớp bộ lọc.',
    count: (count: number) => `Có ${count} báo cáo đã nộp`,
    agency: 'Đơn vị',
    year: 'Năm báo cáo',
    form: 'Biểu mẫu',
    receivedAt: 'Nhận lúc',
    notes: 'Ghi chú',
    view: 'Xem',
    viewOf: (agency: string) => `Xem báo cáo của ${agency}`,
    revisionOf: 'Bản sửa đổi của',
    revisedBy: 'Đã có bản sửa đổi',
    reportOf: (agency: string) => `Báo cáo của ${agency}`,
    ofYear: (year: string) => ` — năm ${year}`,
    receiptId: 'Mã biên nhận',
    formVersion: (formTitle: string, versionTitle: string) =>
      `${formTitle} — ${versionTitle}`,
    replaces: 'Sửa đổi cho',
    replacedReport: (id: string) => `báo cáo ${id}`,
    readOnly: 'Báo cáo đã nộp chỉ để xem, không sửa được.',
    tokenAgain: 'Nhập lại mã quản trị',
    signInTitle: 'Đăng nhập văn phòng',
    signInText:
      'Nhập mã quản trị do quản trị hệ thống cấp. Mã chỉ được giữ trong thẻ ' +
      'trình duyệt này và mất khi đóng thẻ.',
    token: 'Mã quản trị',
    tokenMissing: 'Hãy nhập mã quản trị trước khi bấm "Xem báo cáo".',
    signIn: 'Xem báo cáo',
    offline: 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi bấm "Tải lại".',
    tokenRejected:
      'Mã quản trị không đúng hoặc đã bị đổi. Hãy nhập lại mã do quản trị ' +
      'hệ thống cấp.',
    apiClosed:
      'Máy chủ chưa mở chức năng xem báo cáo vì chưa được đặt mã quản trị. ' +
      'Hãy báo người quản trị máy chủ đặt mã rồi khởi động lại máy chủ.',
    serverError: (status: number) =>
      `Máy chủ gặp lỗi (mã ${status}). Hãy thử lại sau ít phút.`,
    unreadableList:
      'Danh sách báo cáo máy chủ gửi về không đọc được. Hãy tải lại trang.',
    unreadableReport:
      'Máy chủ trả về báo cáo không đọc được (thiếu mã biểu mẫu hoặc phiên ' +
      'bản). Hãy báo quản trị hệ thống.',
    openFailed: 'Không mở được báo cáo. Hãy tải lại trang.',
  },
};

/** The shape both languages share. */
export type AppStrings = typeof vi;

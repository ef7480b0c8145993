// Every text of the task pane in Vietnamese, the product's first language. `Strings` is this
// object's type: en.ts must have the same keys (a missing or extra key does not compile).
// Components take their text from useStrings(), never inline.

export const vi = {
  langName: 'Tiếng Việt',
  app: {
    title: 'Chỉ tiêu KH',
    tabsLabel: 'Chức năng của Chỉ tiêu KH',
    loadingPanel: 'Đang tải…',
    retry: 'Thử lại',
  },
  /** One label per tab; a tab added to components/tabs.ts needs its label here and in en.ts. */
  tabs: {
    template: 'Mẫu',
    check: 'Kiểm tra',
    slides: 'Trình chiếu',
    settings: 'Cài đặt',
    consolidate: 'Tổng hợp',
  },
  common: {
    dismiss: 'Đóng thông báo',
    errorTitle: 'Có lỗi',
    warningTitle: 'Lưu ý',
    unexpected: (detail: string) =>
      `Đã xảy ra lỗi không lường trước: ${detail}. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại ngăn Chỉ tiêu KH và báo cho bộ phận CNTT.`,
  },
  catalogue: {
    label: 'Danh mục chỉ tiêu',
    summary: (id: string, year: number, count: number) => `${id} · năm ${year} · ${count} chỉ tiêu`,
    embedded: 'Danh mục có sẵn',
    imported: 'Danh mục đã nhập',
  },
  template: {
    heading: 'Chèn mẫu chỉ tiêu',
    intro: 'Mẫu được chèn vào một trang tính mới; không trang nào đang có bị ghi đè.',
    levelLabel: 'Cấp',
    levelProvince: 'Tỉnh',
    levelDistrict: 'Huyện',
    unitLabel: 'Huyện',
    unitPlaceholder: 'Chọn huyện',
    unitRequired: 'Hãy chọn một huyện trước khi chèn mẫu cấp huyện.',
    noDistricts: (structure: string) => `Cơ cấu đơn vị "${structure}" không có cấp huyện: chỉ chèn được mẫu cấp tỉnh.`,
    sheetLanguage: 'Tiêu đề và hướng dẫn trong trang được viết bằng tiếng Việt (đổi ở tab Cài đặt).',
    insert: 'Chèn mẫu',
    inserting: 'Đang chèn mẫu…',
    insertedTitle: 'Đã chèn mẫu',
    inserted: (sheets: string[]) =>
      `Đã tạo trang ${sheets.map((n) => `"${n}"`).join(', ')}. Hãy nhập số liệu vào cột "Thực hiện" (số tiêu chí nông thôn mới của từng xã ở trang riêng); cột "Đánh giá" tự tô xanh/đỏ.`,
    olderExcelTitle: 'Excel này thiếu một số chức năng',
  },
  check: {
    heading: 'Kiểm tra số liệu',
    intro: 'Đọc trang đang mở, so từng chỉ tiêu với kế hoạch và chỉ ra ô cần sửa. Không ghi gì vào trang.',
    run: 'Kiểm tra trang đang mở',
    running: 'Đang kiểm tra…',
    sheetChecked: (sheet: string, catalogue: string) => `Trang "${sheet}", theo danh mục ${catalogue}`,
    countsLabel: 'Số chỉ tiêu theo kết quả',
    status: {
      met: 'Đạt',
      not_met: 'Không đạt',
      missing: 'Chưa có số liệu',
      invalid: 'Không đọc được',
      no_target: 'Chưa có chỉ tiêu',
    },
    problemsHeading: (n: number) => `Vấn đề cần xem (${n})`,
    noProblems: 'Không có vấn đề nào.',
    notMetHeading: (n: number) => `Chỉ tiêu không đạt (${n})`,
    noNotMet: 'Không có chỉ tiêu nào không đạt.',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
    goToCell: (ref: string) => `Chọn ô ${ref}`,
    notTemplateTitle: 'Trang này không phải mẫu Chỉ tiêu KH',
    stale: 'Danh mục hoặc cách đọc số đã đổi sau lần kiểm tra này. Hãy bấm "Kiểm tra trang đang mở" lại.',
  },
  /** Tổng hợp: the Consolidate panel (ConsolidatePanel.tsx, ConsolidateResult.tsx, useConsolidation.ts). */
  consolidate: {
    heading: 'Tổng hợp số liệu các huyện',
    intro:
      'Tính số của tỉnh từ số liệu của các huyện theo quy tắc của từng chỉ tiêu: cộng các huyện; tỷ lệ tính lại từ tổng tử số và mẫu số (không lấy trung bình tỷ lệ); tăng trưởng từ tổng năm nay và năm trước. Kết quả ghi vào hai trang mới; trang và tệp của các huyện chỉ được đọc, không bị sửa.',
    workbookHeading: 'Từ các trang trong sổ đang mở',
    workbookHint: 'Dùng các trang mẫu cấp huyện (chèn ở tab Mẫu) và trang danh sách xã của từng huyện có trong sổ này.',
    fromWorkbook: 'Tổng hợp các trang huyện',
    filesHeading: 'Từ tệp của các huyện',
    filesHint: 'Chọn cùng lúc các tệp .xlsx theo mẫu cấp huyện mà các huyện gửi về (có thể kèm tệp mẫu cấp tỉnh có số GRDP). Tệp chỉ được đọc.',
    pickFiles: 'Chọn tệp .xlsx…',
    filesInputLabel: 'Tệp .xlsx của các huyện',
    progressLabel: 'Tiến độ tổng hợp',
    readingWorkbook: 'Đang đọc các trang trong sổ…',
    loadingReader: 'Đang tải bộ đọc tệp Excel…',
    readingFile: (index: number, total: number, name: string) => `Đang đọc tệp ${index}/${total}: ${name}`,
    writing: 'Đang ghi kết quả vào sổ làm việc…',
    thisWorkbook: '(sổ đang mở)',
    doneTitle: 'Đã tổng hợp',
    done: (province: string, sources: string, used: number, of: number) =>
      `Đã tổng hợp ${used}/${of} huyện vào trang mới "${province}" (chỉ tiêu của tỉnh, tự tô xanh/đỏ); nguồn của từng số ở trang mới "${sources}". Trang và tệp của các huyện không bị sửa.`,
    nothingTitle: 'Chưa tổng hợp được',
    noDistrictSheets:
      'Sổ làm việc này chưa có trang chỉ tiêu cấp huyện nào. Hãy chèn mẫu cấp huyện ở tab Mẫu cho từng huyện và nhập số liệu, hoặc chọn tệp .xlsx của các huyện.',
    noFiles: 'Chưa chọn tệp nào. Hãy bấm "Chọn tệp .xlsx…" và chọn các tệp của huyện.',
    noneUsable: 'Không có trang hoặc tệp huyện nào dùng được (lý do ở dưới), nên không ghi gì vào sổ làm việc. Hãy sửa theo hướng dẫn rồi tổng hợp lại.',
    refusedTitle: (n: number) => `${n} tệp/trang không được tổng hợp`,
    missingTitle: (n: number, of: number) => `Thiếu ${n}/${of} huyện`,
    missing: (names: string[]) =>
      `Chưa có số liệu của ${names.join(', ')}. Các chỉ tiêu tính từ mọi huyện để trống (lý do ghi ở cột Ghi chú) cho đến khi có đủ: hãy thêm trang hoặc tệp của các huyện này rồi tổng hợp lại.`,
    provinceFrom: (source: string) => `Số liệu riêng của tỉnh (GRDP…) lấy từ ${source}.`,
    provinceConflict: (sheets: string[]) =>
      `Các trang cấp tỉnh ${sheets.map((n) => `"${n}"`).join(', ')} ghi số liệu riêng của tỉnh (GRDP…) khác nhau; không biết trang nào đúng nên không dùng trang nào. Hãy sửa cho thống nhất rồi tổng hợp lại, hoặc nhập số của tỉnh vào trang tổng hợp.`,
    provinceOnlyWaiting: 'Chỉ lấy số của tỉnh, không tính từ các huyện: hãy nhập vào trang tổng hợp vừa tạo (xem lưu ý ở trên).',
    provinceMissing:
      'Chưa có số liệu riêng của tỉnh (GRDP, GRDP bình quân đầu người): các số này không tính từ các huyện. Hãy nhập vào cột "Thực hiện" của trang tổng hợp vừa tạo.',
    districtsHeading: (n: number, of: number) => `Huyện có số liệu: ${n}/${of}`,
    present: 'Có',
    absent: 'Thiếu',
    emptyHeading: (n: number) => `Số của tỉnh để trống (${n})`,
    noEmpty: 'Mọi chỉ tiêu của tỉnh đều tính được.',
    problemsHeading: (n: number) => `Vấn đề theo tệp, trang và ô (${n})`,
    noProblems: 'Không có vấn đề nào.',
    tooLarge: (name: string, mb: number, max: number) =>
      `Tệp "${name}" quá lớn (${mb} MB; tối đa ${max} MB) nên không đọc. Hãy mở tệp, xoá các trang không thuộc mẫu, lưu lại rồi chọn lại.`,
    unreadable: (name: string, detail: string) =>
      `Không đọc được tệp "${name}" (${detail}). Tệp có thể bị hỏng: hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi chọn lại.`,
    olderExcelTitle: 'Excel này thiếu một số chức năng',
  },
  /** Trình chiếu: the Slides panel (SlidesPanel.tsx, useSlides.ts). */
  slides: {
    heading: 'Trình chiếu cho cuộc họp',
    intro:
      'Từ trang chỉ tiêu đang mở (mẫu Chỉ tiêu KH đã nhập số liệu): trang tổng quan có biểu đồ trong Excel, ảnh biểu đồ và bản trình chiếu PowerPoint. Trang chỉ tiêu không bị sửa.',
    makeDashboard: 'Tạo trang tổng quan',
    exportImages: 'Tải ảnh biểu đồ',
    makeDeck: 'Tạo bản trình chiếu (.pptx)',
    working: {
      dashboard: 'Đang đọc trang chỉ tiêu và vẽ biểu đồ…',
      images: 'Đang xuất ảnh biểu đồ…',
      reading: 'Đang đọc trang chỉ tiêu…',
      loadingDeck: 'Đang tải phần tạo bản trình chiếu…',
      deck: 'Đang tạo bản trình chiếu…',
    },
    imagesUnavailable: 'Excel này chưa xuất được ảnh biểu đồ (cần ExcelApi 1.2): hãy chọn biểu đồ, chép (Ctrl+C) rồi dán vào PowerPoint.',
    summaryHeading: 'Tóm tắt cho cuộc họp',
    source: (sheet: string, catalogue: string) => `Theo trang "${sheet}", danh mục ${catalogue}`,
    stale: 'Danh mục hoặc cách đọc số đã đổi sau lần đọc này. Hãy bấm lại một nút ở trên để đọc lại trang chỉ tiêu.',
    dashboardTitle: 'Đã tạo trang tổng quan',
    dashboardDone: (sheet: string, charts: number) =>
      charts > 0
        ? `Đã tạo trang mới "${sheet}": ${charts} biểu đồ (cột xanh đạt, đỏ không đạt, so với đường 100 % kế hoạch), bảng số liệu, phần tóm tắt và danh sách chỉ tiêu không đạt.`
        : `Đã tạo trang mới "${sheet}" với phần tóm tắt và các bảng, nhưng chưa có chỉ tiêu nào vẽ được biểu đồ (xem lý do ở dưới).`,
    olderExcelTitle: 'Excel này thiếu một số chức năng',
    imagesTitle: 'Ảnh biểu đồ',
    imagesReady: (n: number) => `${n} ảnh PNG do Excel vẽ. Bấm vào tên tệp để tải về.`,
    imagesLabel: 'Tệp ảnh biểu đồ',
    deckTitle: 'Đã tạo bản trình chiếu',
    deckDone: (slides: number, charts: number) =>
      `Bản trình chiếu có ${slides} trang chiếu và ${charts} biểu đồ sửa được trong PowerPoint (phông Arial, đủ dấu tiếng Việt). Bấm vào tên tệp để tải về.`,
    downloadLabel: (file: string) => `Tải về ${file}`,
    macDownloads:
      'Excel cho Mac (bản cài trên máy) không cho ngăn bổ trợ tải tệp xuống (hạn chế của Microsoft). Nếu bấm vào tên tệp mà không thấy gì, hãy mở sổ này bằng Excel trên web rồi làm lại.',
    skippedTitle: 'Chưa đưa vào biểu đồ',
    skippedMissing: (n: number, list: string) => `Chưa có số liệu (${n}): ${list}. Hãy nhập vào cột "Thực hiện" rồi bấm lại.`,
    skippedInvalid: (n: number, list: string) => `Số liệu chưa đọc được (${n}): ${list}. Hãy sửa theo tab Kiểm tra rồi bấm lại.`,
    skippedNoTarget: (n: number, list: string) => `Chưa có kế hoạch để so sánh (${n}): ${list}.`,
    skippedPassFail: (n: number, list: string) =>
      `Chỉ tiêu đánh giá Đạt/Không đạt, không có % so với kế hoạch (${n}): ${list}. Có trong bảng và phần tóm tắt, không vẽ trên biểu đồ.`,
    skippedDeck: 'Bản trình chiếu nêu các chỉ tiêu này ở một trang riêng.',
    noMeta: (sheet: string) => `Trang "${sheet}" không có dòng thông tin của mẫu Chỉ tiêu KH; tên đơn vị và năm lấy theo danh mục.`,
    more: (n: number) => `và ${n} chỉ tiêu khác`,
    deckLoadFailed: (detail: string) =>
      `Không tải được phần tạo bản trình chiếu (${detail}). Hãy kiểm tra kết nối mạng rồi bấm lại; nếu vẫn lỗi, đóng rồi mở lại ngăn Chỉ tiêu KH.`,
    deckFailed: (detail: string) =>
      `Không tạo được bản trình chiếu (${detail}). Trang chỉ tiêu không bị sửa. Hãy thử lại; nếu vẫn lỗi, báo cho bộ phận CNTT kèm tệp Excel.`,
    noDownloads: 'Ngăn này không tạo được liên kết tải về (trình duyệt của Excel không hỗ trợ). Hãy dùng Excel trên web.',
  },
  settings: {
    heading: 'Cài đặt',
    languageLabel: 'Ngôn ngữ',
    localeLabel: 'Cách đọc số gõ dạng chữ',
    localeVi: 'Việt Nam: 2.450 là hai nghìn bốn trăm năm mươi, 52,9 là năm mươi hai phẩy chín',
    localeEn: 'Tiếng Anh (Mỹ): 2,450 và 52.9',
    catalogueHeading: 'Danh mục chỉ tiêu',
    importCatalogue: 'Nhập danh mục từ tệp JSON…',
    importing: 'Đang đọc tệp…',
    importedTitle: 'Đã nhập danh mục',
    imported: (id: string, year: number, count: number) =>
      `Đang dùng danh mục ${id}, năm ${year}, ${count} chỉ tiêu. Các lần chèn mẫu và kiểm tra sau sẽ theo danh mục này.`,
    importFailedTitle: 'Không nhập được danh mục',
    notJson: (file: string, detail: string) =>
      `Tệp "${file}" không phải JSON hợp lệ (${detail}). Hãy chọn tệp danh mục .json, ví dụ tệp do lệnh chitieu catalogue tạo ra.`,
    reset: 'Dùng lại danh mục Lai Châu 2023 có sẵn',
    resetDone: (id: string, year: number) => `Đã quay về danh mục có sẵn ${id} (năm ${year}).`,
    unitsLabel: 'Cơ cấu đơn vị hành chính',
    unitsSummary: (id: string, districts: number, communes: number) => `${id} · ${districts} huyện · ${communes} xã, phường, thị trấn`,
    storageReadFailed:
      'Không đọc được cài đặt đã lưu; đang dùng cài đặt mặc định. Hãy chọn lại ngôn ngữ, cách đọc số và danh mục nếu cần.',
    storageWriteFailed:
      'Không lưu được cài đặt trên máy này (bộ nhớ của trình duyệt bị chặn hoặc đầy); cài đặt chỉ có hiệu lực đến khi đóng ngăn.',
    storedCatalogueFailed: (detail: string) =>
      `Danh mục đã nhập lần trước không còn đọc được (${detail}); đang dùng danh mục có sẵn. Hãy nhập lại tệp danh mục.`,
  },
  /** Settings → catalogue → reading targets from a plan's text (PlanText*.tsx, usePlanText.ts). */
  planText: {
    open: 'Đọc chỉ tiêu từ văn bản',
    close: 'Ẩn phần đọc văn bản',
    loading: 'Đang tải phần đọc văn bản…',
    heading: 'Đọc chỉ tiêu từ văn bản',
    intro:
      'Dán nghị quyết hoặc bài viết về kế hoạch năm rồi bấm "Đọc". Mỗi chỉ tiêu đọc được hiện cạnh câu gốc; hãy sửa hoặc bỏ từng dòng rồi bấm "Xác nhận". Danh mục đang dùng chỉ thay đổi khi bạn xác nhận.',
    textLabel: 'Văn bản kế hoạch',
    textPlaceholder: 'Dán nội dung nghị quyết hoặc bài viết vào đây…',
    read: 'Đọc',
    yearLabel: 'Năm kế hoạch',
    yearFromText: 'Đọc từ văn bản.',
    yearGuessed: (year: string) => `Không thấy năm kế hoạch trong văn bản; đang tạm lấy năm ${year}. Hãy nhập đúng năm.`,
    yearInvalid: 'Năm kế hoạch phải là số có bốn chữ số, ví dụ 2024.',
    provinceLabel: 'Tỉnh',
    rowsHeading: (found: number, kept: number) => `Chỉ tiêu đọc được: ${found} (giữ ${kept})`,
    sourceLabel: 'Câu gốc',
    value: 'Giá trị',
    unit: 'Đơn vị',
    rule: 'Cách đánh giá',
    rules: {
      at_least: 'Từ mức này trở lên (≥)',
      about: 'Khoảng',
      at_most: 'Không quá (≤)',
      range: 'Trong khoảng (từ – đến)',
      maintain: 'Giữ vững (Đạt)',
    },
    maintainValue: 'Đạt',
    drop: 'Bỏ dòng này',
    newCode: 'Chỉ tiêu mới',
    doubtful: 'Cần xem lại',
    subTargetOf: (name: string) => `Chỉ tiêu con của: ${name}`,
    valueMissing: 'Hãy nhập giá trị, hoặc bỏ dòng này.',
    rangeNeedsTwo: (example: string) => `Hãy nhập hai số cho khoảng, ví dụ ${example}.`,
    unmentionedHeading: (n: number) => `Chỉ tiêu của danh mục đang dùng mà văn bản không nhắc đến (${n})`,
    unmentionedHint: 'Các chỉ tiêu này sẽ không có trong danh mục mới. Nếu văn bản có nêu mà phần mềm không đọc được, hãy nhập danh mục từ tệp JSON đã sửa.',
    confirm: 'Xác nhận',
    save: 'Lưu JSON',
    saveHint: 'Tệp JSON dùng lại được bằng "Nhập danh mục từ tệp JSON…" hoặc lệnh chitieu template --catalogue.',
    confirmedTitle: 'Đã dùng danh mục mới',
    confirmed: (id: string, year: number, count: number) =>
      `Đang dùng danh mục ${id}, năm ${year}, ${count} chỉ tiêu. Các lần chèn mẫu và kiểm tra sau sẽ theo danh mục này. Bấm "Lưu JSON" để giữ lại tệp.`,
    changedSinceConfirm: 'Có thay đổi sau lần xác nhận; danh mục đang dùng chưa có các thay đổi này. Bấm "Xác nhận" để dùng.',
    noneFoundTitle: 'Không tìm thấy chỉ tiêu nào',
    noneFound:
      'Văn bản không có chỉ tiêu kế hoạch nào đọc được: cần con số đi kèm đơn vị (%, tỷ đồng, lao động…) hoặc sau từ "đạt", "khoảng", "trên". Số liệu kết quả của năm trước, ngày tháng và số văn bản không được lấy làm chỉ tiêu.',
    noneFoundNext: 'Hãy dán phần "các chỉ tiêu chủ yếu" của nghị quyết hoặc bài viết về kế hoạch năm, rồi bấm "Đọc" lại. Danh mục đang dùng không thay đổi.',
    readFailedTitle: 'Không đọc được văn bản',
    readFailed: (detail: string) =>
      `Phần đọc văn bản gặp lỗi nội bộ (${detail}). Danh mục đang dùng không thay đổi. Hãy thử dán một đoạn ngắn hơn, hoặc nhập danh mục từ tệp JSON, và báo cho bộ phận CNTT.`,
    notConfirmedTitle: 'Chưa dùng được danh mục này',
    rowsInvalid: (names: string[]) =>
      `Giá trị của ${names.length} dòng chưa đọc được thành số: ${names.join('; ')}. Hãy sửa giá trị hoặc đánh dấu "Bỏ dòng này".`,
    buildFailedNext: 'Hãy sửa hoặc bỏ dòng được nêu, rồi bấm "Xác nhận" lại.',
    unchanged: 'Danh mục đang dùng chưa thay đổi.',
  },
};

export type Strings = typeof vi;

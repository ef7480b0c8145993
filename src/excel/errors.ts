// Office.js failures, said in the user's language with what to do next. Nothing is only logged:
// the task pane shows every one of these in a MessageBar.

import { Bilingual } from '../core/types';

export class ExcelActionError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly code?: string,
  ) {
    super(messages.en);
    this.name = 'ExcelActionError';
  }
}

const KNOWN: Record<string, Bilingual> = {
  RequestPayloadSizeLimitExceeded: {
    vi: 'Excel từ chối vì dữ liệu gửi đi quá lớn (trên 5 MB). Hãy thử lại với ít dòng hơn.',
    en: 'Excel refused the request: more than 5 MB at once. Try again with fewer rows.',
  },
  ItemAlreadyExists: {
    vi: 'Tên trang tính đã có trong sổ làm việc. Hãy đổi tên trang cũ hoặc thử lại.',
    en: 'A sheet with that name already exists. Rename the old sheet or try again.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính hoặc ô cần dùng; có thể trang đã bị đổi tên hoặc xoá. Hãy kiểm tra lại rồi thử lại.',
    en: 'The sheet or cell was not found; it may have been renamed or deleted. Check and try again.',
  },
  InvalidArgument: {
    vi: 'Excel không nhận dữ liệu gửi đến (tham số không hợp lệ). Hãy báo lỗi này cho bộ phận CNTT.',
    en: 'Excel did not accept the data sent (invalid argument). Please report this to IT.',
  },
  AccessDenied: {
    vi: 'Sổ làm việc đang được bảo vệ hoặc chỉ đọc. Hãy bỏ bảo vệ trang (Review > Unprotect) rồi thử lại.',
    en: 'The workbook is protected or read-only. Unprotect it (Review > Unprotect) and try again.',
  },
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này không có chức năng cần dùng. Hãy cập nhật Excel (Microsoft 365) hoặc dùng Excel trên web.',
    en: 'This version of Excel lacks a feature this needs. Update Excel (Microsoft 365) or use Excel on the web.',
  },
};

/** Turns anything thrown inside Excel.run into an ExcelActionError a person can act on. */
export function explainExcelError(e: unknown, doing: Bilingual): ExcelActionError {
  if (e instanceof ExcelActionError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
  const detail = e instanceof Error ? e.message : String(e);
  const known = code ? KNOWN[code] : undefined;
  const messages: Bilingual = known
    ? { vi: `${doing.vi}: ${known.vi}`, en: `${doing.en}: ${known.en}` }
    : {
        vi: `${doing.vi}: Excel báo lỗi "${detail}". Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc, mở lại Excel rồi thử lại.`,
        en: `${doing.en}: Excel reported "${detail}". Try again; if it persists, save the workbook, restart Excel and retry.`,
      };
  return new ExcelActionError(messages, code);
}

/**
 * Throws a message a person can act on when the page runs outside Excel (opened in a browser, or
 * office.js blocked), instead of a "ReferenceError: Excel is not defined".
 */
export function assertExcelHost(): void {
  const g = globalThis as { Excel?: { run?: unknown }; Office?: { context?: unknown } };
  if (typeof g.Excel?.run !== 'function' || g.Office?.context === undefined) {
    throw new ExcelActionError(
      {
        vi: 'Chỉ tiêu KH chỉ chạy bên trong Excel, mà trang này chưa kết nối được với Excel. Hãy mở Excel, chọn Trang đầu (Home) > Chỉ tiêu KH; nếu vẫn lỗi, kiểm tra kết nối mạng (office.js tải từ Microsoft) rồi mở lại ngăn.',
        en: 'Chỉ tiêu KH only works inside Excel, and this page is not connected to Excel. Open Excel and choose Home > Chỉ tiêu KH; if it persists, check the network connection (office.js loads from Microsoft) and reopen the pane.',
      },
      'NotInExcel',
    );
  }
}

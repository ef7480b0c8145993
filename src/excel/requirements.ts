// What this Excel can do. Checked once, before features that need newer API sets, so the pane can
// say plainly what an older Excel leaves out instead of failing half-way.

import { Bilingual } from '../core/types';

export interface Capabilities {
  conditionalFormats: boolean; // ExcelApi 1.6
  freezePanes: boolean; // ExcelApi 1.7
  dataValidation: boolean; // ExcelApi 1.8
  customProperties: boolean; // ExcelApi 1.12
}

export function capabilities(): Capabilities {
  const has = (v: string) => Office.context.requirements.isSetSupported('ExcelApi', v);
  return { conditionalFormats: has('1.6'), freezePanes: has('1.7'), dataValidation: has('1.8'), customProperties: has('1.12') };
}

/** One sentence per missing feature, for the pane. */
export function missingFeatures(c: Capabilities): Bilingual[] {
  const out: Bilingual[] = [];
  if (!c.conditionalFormats) {
    out.push({
      vi: 'Excel này chưa hỗ trợ định dạng có điều kiện (ExcelApi 1.6): ô Đánh giá vẫn tính đúng nhưng không tô xanh/đỏ.',
      en: 'This Excel lacks conditional formats (ExcelApi 1.6): Assessment cells still compute but are not coloured.',
    });
  }
  if (!c.freezePanes) {
    out.push({
      vi: 'Excel này chưa hỗ trợ cố định dòng tiêu đề (ExcelApi 1.7): hãy tự cố định bằng View > Freeze Panes nếu cần.',
      en: 'This Excel cannot freeze the header rows (ExcelApi 1.7): use View > Freeze Panes yourself if needed.',
    });
  }
  if (!c.dataValidation) {
    out.push({
      vi: 'Excel này chưa hỗ trợ kiểm tra dữ liệu nhập (ExcelApi 1.8): ô nhập không cảnh báo khi gõ sai; hãy dùng nút Kiểm tra.',
      en: 'This Excel lacks data validation (ExcelApi 1.8): inputs do not warn while typing; use Check instead.',
    });
  }
  if (!c.customProperties) {
    out.push({
      vi: 'Excel này chưa hỗ trợ thuộc tính trang (ExcelApi 1.12): thông tin mẫu chỉ được ghi ở dòng 2 của trang.',
      en: 'This Excel lacks sheet custom properties (ExcelApi 1.12): template details are kept in row 2 only.',
    });
  }
  return out;
}

/**
 * The two signature columns every official report ends with, leaving room
 * for a handwritten signature and the office's seal.
 */
export function SignatureBlock() {
  return (
    <div className="print-signatures">
      <div className="print-signature">
        <p>……, ngày …… tháng …… năm ……</p>
        <p className="print-signer">Người khai</p>
        <p className="print-hint">(Ký và ghi rõ họ, tên)</p>
        <div className="print-sign-space" />
      </div>
      <div className="print-signature">
        <p>……, ngày …… tháng …… năm ……</p>
        <p className="print-signer">Thủ trưởng cơ quan</p>
        <p className="print-hint">(Ký tên, đóng dấu)</p>
        <div className="print-sign-space" />
      </div>
    </div>
  );
}

import { type CorpusDocument, task } from './expected-task.js'

// A Party programme whose tasks are numbered items of its text (II. and III.), in the form of the
// seed programme implementing Kết luận số 93-KL/TW.
const text = `
TỈNH ỦY AN PHÚ
Số: 12-CTr/TU
An Phú, ngày 15 tháng 01 năm 2026
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về tiếp tục thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X về đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật
-----
Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc, đầy đủ nội dung Kết luận số 93-KL/TW đến cán bộ, đảng viên và đội ngũ trí thức trên địa bàn tỉnh.
2. Xác định rõ nhiệm vụ, giải pháp, trách nhiệm của các cấp ủy, tổ chức đảng, chính quyền trong lãnh đạo, chỉ đạo hoạt động của Liên hiệp hội tỉnh.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với Liên hiệp hội
a) Tổ chức quán triệt, phổ biến Kết luận số 93-KL/TW và Chương trình hành động này đến cán bộ, đảng viên, hội viên. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh thực hiện. Thời gian: Quý I/2026.
b) Đưa nội dung lãnh đạo hoạt động của Liên hiệp hội vào chương trình công tác toàn khóa, hằng năm của cấp ủy. Giao Văn phòng Tỉnh ủy tham mưu thực hiện. Thời gian: Hằng năm.
c) Rà soát, kiện toàn tổ chức đảng trong Liên hiệp hội tỉnh. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh thực hiện. Thời gian hoàn thành: Quý II/2026.
2. Đổi mới nội dung, phương thức hoạt động của Liên hiệp hội
a) Xây dựng Đề án đổi mới nội dung, phương thức hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh giai đoạn 2026 - 2030. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Nội vụ thực hiện. Thời gian: Trước 30/6/2026.
b) Nâng cao chất lượng tư vấn, phản biện và giám định xã hội đối với các chương trình, đề án phát triển kinh tế - xã hội của tỉnh. Liên hiệp hội tỉnh chủ trì thực hiện. Thời gian: Thường xuyên.
c) Ban hành quy chế phối hợp giữa Ủy ban nhân dân tỉnh và Liên hiệp hội tỉnh trong hoạt động tư vấn, phản biện. UBND tỉnh chủ trì, phối hợp với Liên hiệp hội tỉnh thực hiện, hoàn thành trong Quý III/2026.
d) Xây dựng cơ sở dữ liệu chuyên gia, trí thức khoa học và công nghệ của tỉnh. Sở Khoa học và Công nghệ chủ trì, phối hợp với Liên hiệp hội tỉnh, Sở Nội vụ thực hiện. Thời gian: Năm 2027.
3. Tập hợp, đoàn kết đội ngũ trí thức
a) Tổ chức gặp mặt, đối thoại giữa lãnh đạo tỉnh với đội ngũ trí thức khoa học và công nghệ. Văn phòng Tỉnh ủy chủ trì, phối hợp với Liên hiệp hội tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy thực hiện. Thời gian: Hằng năm.
b) Phát hiện, bồi dưỡng, kết nạp đảng viên là trí thức, nhà khoa học tiêu biểu. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh chủ trì thực hiện. Thời gian: Thường xuyên.
c) Xây dựng chính sách thu hút, trọng dụng trí thức, chuyên gia về làm việc tại tỉnh. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành. Thời gian: Quý IV/2026.
4. Bảo đảm điều kiện hoạt động của Liên hiệp hội
a) Bố trí kinh phí hoạt động thường xuyên và kinh phí thực hiện nhiệm vụ tư vấn, phản biện cho Liên hiệp hội tỉnh. Sở Tài chính chủ trì, phối hợp với Liên hiệp hội tỉnh thực hiện. Thời gian: Hằng năm.
b) Kiện toàn tổ chức bộ máy, biên chế của cơ quan Liên hiệp hội tỉnh phù hợp với chức năng, nhiệm vụ. Sở Nội vụ chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy thực hiện. Thời gian hoàn thành: Trước ngày 31/12/2026.
c) Hỗ trợ các hội thành viên tham gia các chương trình nghiên cứu khoa học, chuyển giao công nghệ của tỉnh. Sở Khoa học và Công nghệ chủ trì thực hiện. Thời gian: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
1. Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy căn cứ Chương trình hành động này xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế. Thời gian: Quý I/2026.
2. Ban Cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh cụ thể hóa các nhiệm vụ thuộc thẩm quyền; Đảng ủy Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Nội vụ theo dõi việc thực hiện ở các sở, ngành. Thời gian: Thường xuyên.
3. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, Truyền hình An Phú tuyên truyền về vai trò của đội ngũ trí thức và hoạt động của Liên hiệp hội. Thời gian: Thường xuyên.
4. Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy kiểm tra, giám sát việc thực hiện Chương trình hành động. Thời gian: Năm 2027.
5. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình hành động; định kỳ báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm.
Chương trình này được phổ biến đến chi bộ.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Minh
`

export const ctr93TextTasks: CorpusDocument = {
  name: '12-CTr-TU-ket-luan-93.txt',
  text,
  tasks: [
    task(
      'II.1.a',
      'Tổ chức quán triệt, phổ biến Kết luận số 93-KL/TW và Chương trình hành động này',
      'BTGDV-TU',
      ['LHH'],
      'Quý I/2026',
    ),
    task(
      'II.1.b',
      'Đưa nội dung lãnh đạo hoạt động của Liên hiệp hội vào chương trình công tác của cấp ủy',
      'VP-TU',
      [],
      'Hằng năm',
    ),
    task(
      'II.1.c',
      'Rà soát, kiện toàn tổ chức đảng trong Liên hiệp hội tỉnh',
      'BTC-TU',
      ['DU-MTTQ'],
      'Quý II/2026',
    ),
    task(
      'II.2.a',
      'Xây dựng Đề án đổi mới nội dung, phương thức hoạt động của Liên hiệp hội giai đoạn 2026 - 2030',
      'LHH',
      ['SO-KHCN', 'SO-NV'],
      'Trước 30/6/2026',
    ),
    task(
      'II.2.b',
      'Nâng cao chất lượng tư vấn, phản biện và giám định xã hội',
      'LHH',
      [],
      'Thường xuyên',
    ),
    task(
      'II.2.c',
      'Ban hành quy chế phối hợp giữa Ủy ban nhân dân tỉnh và Liên hiệp hội tỉnh',
      'UBND-TINH',
      ['LHH'],
      'Quý III/2026',
    ),
    task(
      'II.2.d',
      'Xây dựng cơ sở dữ liệu chuyên gia, trí thức khoa học và công nghệ',
      'SO-KHCN',
      ['LHH', 'SO-NV'],
      'Năm 2027',
    ),
    task(
      'II.3.a',
      'Tổ chức gặp mặt, đối thoại giữa lãnh đạo tỉnh với đội ngũ trí thức',
      'VP-TU',
      ['LHH', 'BTGDV-TU'],
      'Hằng năm',
    ),
    task(
      'II.3.b',
      'Phát hiện, bồi dưỡng, kết nạp đảng viên là trí thức',
      'DU-MTTQ',
      [],
      'Thường xuyên',
    ),
    task(
      'II.3.c',
      'Xây dựng chính sách thu hút, trọng dụng trí thức, chuyên gia',
      'SO-NV',
      ['SO-TC', 'SO-KHCN'],
      'Quý IV/2026',
    ),
    task(
      'II.4.a',
      'Bố trí kinh phí hoạt động cho Liên hiệp hội tỉnh',
      'SO-TC',
      ['LHH'],
      'Hằng năm',
    ),
    task(
      'II.4.b',
      'Kiện toàn tổ chức bộ máy, biên chế của cơ quan Liên hiệp hội tỉnh',
      'SO-NV',
      ['BTC-TU'],
      'Trước ngày 31/12/2026',
    ),
    task(
      'II.4.c',
      'Hỗ trợ các hội thành viên tham gia các chương trình nghiên cứu khoa học',
      'SO-KHCN',
      [],
      'Thường xuyên',
    ),
    task(
      'III.1',
      'Xây dựng kế hoạch thực hiện của các cấp ủy, tổ chức đảng trực thuộc',
      'new:Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy',
      [],
      'Quý I/2026',
    ),
    task('III.2', 'Theo dõi việc thực hiện ở các sở, ngành', 'DU-UBND', ['SO-NV'], 'Thường xuyên'),
    task(
      'III.3',
      'Tuyên truyền về vai trò của đội ngũ trí thức và hoạt động của Liên hiệp hội',
      'BTGDV-TU',
      ['BAO-PTTH'],
      'Thường xuyên',
    ),
    task(
      'III.4',
      'Kiểm tra, giám sát việc thực hiện Chương trình hành động',
      'UBKT-TU',
      ['BTC-TU'],
      'Năm 2027',
    ),
    task('III.5', 'Theo dõi, đôn đốc việc thực hiện Chương trình hành động', 'VP-TU', [], null),
  ],
}

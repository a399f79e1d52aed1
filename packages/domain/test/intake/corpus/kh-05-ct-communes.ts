import { type CorpusDocument, task } from './expected-task.js'

// A Party plan that cascades its tasks to the communes (cấp xã): parts headed by the bodies that
// lead them ("2. Đảng ủy các xã, phường, đặc khu:") over items that name no lead, and a last
// part whose tasks are bullets, each naming its lead.
const text = `
TỈNH ỦY AN PHÚ
Số: 52-KH/TU
An Phú, ngày 20 tháng 4 năm 2026
KẾ HOẠCH
tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với xây dựng chính quyền hai cấp
-----
I. MỤC ĐÍCH, YÊU CẦU
1. Đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trở thành việc làm thường xuyên của cấp ủy, chính quyền các cấp, nhất là ở cấp xã sau sắp xếp.
2. Gắn việc thực hiện Chỉ thị với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị.
II. NỘI DUNG
Chuyên đề năm 2026: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng chính quyền địa phương gần dân, sát dân".
III. NHIỆM VỤ CỤ THỂ
1. Ở cấp tỉnh
a) Biên soạn tài liệu chuyên đề năm 2026 và hướng dẫn cấp xã tổ chức học tập. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì thực hiện. Thời gian: Quý II/2026.
b) Bồi dưỡng cho bí thư, phó bí thư đảng ủy xã, phường về kỹ năng tổ chức học tập chuyên đề. Trường Chính trị tỉnh chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy thực hiện. Thời gian: Quý III/2026.
c) Đưa kết quả học tập và làm theo Bác vào đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên cuối năm. Ban Tổ chức Tỉnh ủy chủ trì thực hiện. Thời gian: Hằng năm.
d) Xây dựng chuyên mục "Học và làm theo Bác" trên Báo và Phát thanh, Truyền hình An Phú. Báo và Phát thanh, Truyền hình An Phú chủ trì thực hiện. Thời gian: Thường xuyên.
2. Đảng ủy các xã, phường, đặc khu:
a) Xây dựng kế hoạch học tập chuyên đề năm 2026 của đảng bộ. Thời gian: Trước ngày 30/5/2026.
b) Tổ chức cho 100% cán bộ, đảng viên đăng ký nội dung làm theo gắn với nhiệm vụ được giao. Thời gian: Quý II/2026.
c) Chỉ đạo chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần. Thời gian: Hằng quý.
d) Lựa chọn, xây dựng mô hình "Dân vận khéo" gắn với học tập và làm theo Bác ở thôn, tổ dân phố. Thời gian: Năm 2026.
đ) Sơ kết việc thực hiện Chỉ thị; báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 15/11 hằng năm.
3. Ủy ban nhân dân các xã, phường:
a) Niêm yết công khai thủ tục hành chính, thời gian giải quyết tại Trung tâm phục vụ hành chính công xã. Thời gian: Thường xuyên.
b) Tổ chức đối thoại giữa người đứng đầu chính quyền xã với Nhân dân. Thời gian: 6 tháng một lần.
c) Xử lý dứt điểm kiến nghị của người dân trong thời hạn luật định; giao Văn phòng HĐND và UBND xã phối hợp với Công an xã theo dõi. Thời gian: Thường xuyên.
4. Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường chủ trì, phối hợp với các đoàn thể chính trị - xã hội xã vận động Nhân dân tham gia giám sát việc tu dưỡng, rèn luyện của cán bộ, đảng viên ở khu dân cư. Thời gian: Thường xuyên.
IV. TỔ CHỨC THỰC HIỆN
- Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch. Thời gian: Thường xuyên.
- Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra việc thực hiện Chỉ thị ở một số đảng ủy xã, phường. Thời gian: Quý IV/2026.
- Giao Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành đưa nội dung làm theo Bác vào cải cách hành chính. Thời gian: Năm 2026.
- Ủy ban MTTQ Việt Nam tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh, Tỉnh đoàn An Phú phát hiện, giới thiệu gương điển hình tiên tiến để biểu dương. Thời gian: Hằng năm.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Phạm Văn Tâm
`

export const kh05Communes: CorpusDocument = {
  name: '52-KH-TU-chi-thi-05-cap-xa.txt',
  text,
  tasks: [
    task(
      'III.1.a',
      'Biên soạn tài liệu chuyên đề năm 2026 và hướng dẫn cấp xã tổ chức học tập',
      'BTGDV-TU',
      [],
      'Quý II/2026',
    ),
    task(
      'III.1.b',
      'Bồi dưỡng cho bí thư, phó bí thư đảng ủy xã, phường',
      'TRUONG-CT',
      ['BTC-TU'],
      'Quý III/2026',
    ),
    task(
      'III.1.c',
      'Đưa kết quả học tập và làm theo Bác vào đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên',
      'BTC-TU',
      [],
      'Hằng năm',
    ),
    task('III.1.d', 'Xây dựng chuyên mục "Học và làm theo Bác"', 'BAO-PTTH', [], 'Thường xuyên'),
    task(
      'III.2.a',
      'Xây dựng kế hoạch học tập chuyên đề năm 2026 của đảng bộ',
      'new:Đảng ủy các xã, phường, đặc khu',
      [],
      'Trước ngày 30/5/2026',
    ),
    task(
      'III.2.b',
      'Tổ chức cho 100% cán bộ, đảng viên đăng ký nội dung làm theo',
      'new:Đảng ủy các xã, phường, đặc khu',
      [],
      'Quý II/2026',
    ),
    task(
      'III.2.c',
      'Chỉ đạo chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần',
      'new:Đảng ủy các xã, phường, đặc khu',
      [],
      'Hằng quý',
    ),
    task(
      'III.2.d',
      'Lựa chọn, xây dựng mô hình "Dân vận khéo"',
      'new:Đảng ủy các xã, phường, đặc khu',
      [],
      'Năm 2026',
    ),
    task(
      'III.2.đ',
      'Sơ kết việc thực hiện Chỉ thị',
      'new:Đảng ủy các xã, phường, đặc khu',
      [],
      null,
    ),
    task(
      'III.3.a',
      'Niêm yết công khai thủ tục hành chính, thời gian giải quyết',
      'new:Ủy ban nhân dân các xã, phường',
      [],
      'Thường xuyên',
    ),
    task(
      'III.3.b',
      'Tổ chức đối thoại giữa người đứng đầu chính quyền xã với Nhân dân',
      'new:Ủy ban nhân dân các xã, phường',
      [],
      '6 tháng một lần',
    ),
    task(
      'III.3.c',
      'Xử lý dứt điểm kiến nghị của người dân trong thời hạn luật định',
      'new:Ủy ban nhân dân các xã, phường',
      [],
      'Thường xuyên',
    ),
    task(
      'III.4',
      'Vận động Nhân dân tham gia giám sát việc tu dưỡng, rèn luyện của cán bộ, đảng viên',
      'new:Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường',
      ['new:các đoàn thể chính trị - xã hội xã'],
      'Thường xuyên',
    ),
    task(
      'IV.1',
      'Hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch',
      'BTGDV-TU',
      ['VP-TU'],
      'Thường xuyên',
    ),
    task(
      'IV.2',
      'Kiểm tra việc thực hiện Chỉ thị ở một số đảng ủy xã, phường',
      'UBKT-TU',
      [],
      'Quý IV/2026',
    ),
    task(
      'IV.3',
      'Chỉ đạo các sở, ngành đưa nội dung làm theo Bác vào cải cách hành chính',
      'DU-UBND',
      [],
      'Năm 2026',
    ),
    task(
      'IV.4',
      'Phát hiện, giới thiệu gương điển hình tiên tiến để biểu dương',
      'MTTQ-TINH',
      ['HOI-ND', 'DOAN-TN'],
      'Hằng năm',
    ),
  ],
}

import { type CorpusDocument, task } from './expected-task.js'

// A State plan (kế hoạch) of the provincial People's Committee in the form of the plans that
// implement a law: each task a numbered item whose lines "a) Cơ quan chủ trì: …", "b) Cơ quan
// phối hợp: …", "c) Thời gian thực hiện: …" are its fields, not tasks; then the duties of each
// department ("1. Sở Tư pháp:") with bullets.
const text = `
ỦY BAN NHÂN DÂN TỈNH AN PHÚ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 128/KH-UBND
An Phú, ngày 05 tháng 5 năm 2026
KẾ HOẠCH
Triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh An Phú
Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024; Quyết định số 1234/QĐ-TTg ngày 10/3/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Dữ liệu, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn vị.
2. Bảo đảm sự phối hợp chặt chẽ, thường xuyên giữa các sở, ngành và Ủy ban nhân dân các xã, phường.
II. NỘI DUNG
1. Tổ chức phổ biến, giới thiệu Luật Dữ liệu cho cán bộ, công chức, viên chức và Nhân dân
a) Cơ quan chủ trì: Sở Tư pháp.
b) Cơ quan phối hợp: Sở Khoa học và Công nghệ, Công an tỉnh.
c) Thời gian thực hiện: Quý II/2026.
2. Rà soát văn bản quy phạm pháp luật của tỉnh liên quan đến dữ liệu
a) Cơ quan chủ trì: Sở Tư pháp.
b) Cơ quan phối hợp: Các sở, ban, ngành tỉnh.
c) Thời gian hoàn thành: Trước ngày 30/9/2026.
3. Xây dựng danh mục dữ liệu dùng chung, dữ liệu mở của tỉnh
a) Cơ quan chủ trì: Sở Khoa học và Công nghệ.
b) Cơ quan phối hợp: Công an tỉnh, Văn phòng Ủy ban nhân dân tỉnh.
c) Thời gian hoàn thành: Tháng 10/2026.
4. Kết nối Trung tâm dữ liệu của tỉnh với Trung tâm dữ liệu quốc gia
a) Cơ quan chủ trì: Công an tỉnh.
b) Cơ quan phối hợp: Sở Khoa học và Công nghệ.
c) Thời gian hoàn thành: Năm 2027.
5. Bố trí kinh phí triển khai thi hành Luật
a) Cơ quan chủ trì: Sở Tài chính.
b) Cơ quan phối hợp: Các cơ quan, đơn vị liên quan.
c) Thời gian thực hiện: Hằng năm.
6. Bồi dưỡng nghiệp vụ quản trị dữ liệu cho đội ngũ công chức chuyên trách công nghệ thông tin
a) Cơ quan chủ trì: Sở Nội vụ.
b) Cơ quan phối hợp: Sở Khoa học và Công nghệ.
c) Thời gian thực hiện: Năm 2026, 2027.
7. Xây dựng cơ sở dữ liệu chuyên ngành y tế, giáo dục, đất đai bảo đảm kết nối, chia sẻ
a) Cơ quan chủ trì: Sở Y tế, Sở Giáo dục và Đào tạo, Sở Nông nghiệp và Môi trường (theo lĩnh vực).
b) Cơ quan phối hợp: Sở Khoa học và Công nghệ.
c) Thời gian hoàn thành: Quý IV/2027.
8. Kiểm tra việc thực hiện quy định về bảo vệ dữ liệu cá nhân trong cơ quan nhà nước
a) Cơ quan chủ trì: Công an tỉnh.
b) Cơ quan phối hợp: Thanh tra tỉnh.
c) Thời gian thực hiện: Hằng năm.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp:
- Chủ trì tổ chức các hội nghị phổ biến Luật Dữ liệu cho người đứng đầu các cơ quan, đơn vị.
- Thời gian: Quý III/2026.
2. Sở Khoa học và Công nghệ:
- Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh xây dựng Quy chế quản lý, khai thác dữ liệu của tỉnh, trình Ủy ban nhân dân tỉnh ban hành.
- Thời gian: Tháng 12/2026.
3. Công an tỉnh: Chủ trì hướng dẫn các cơ quan, đơn vị bảo đảm an ninh dữ liệu. Thời gian: Thường xuyên.
4. Sở Tài chính: Tham mưu bố trí kinh phí cho Trung tâm dữ liệu của tỉnh trong dự toán ngân sách hằng năm.
5. Báo và Phát thanh, Truyền hình An Phú: Mở chuyên mục tuyên truyền về dữ liệu số. Thời gian: Thường xuyên.
6. Ủy ban nhân dân các xã, phường:
- Tổ chức triển khai Kế hoạch trên địa bàn; cập nhật dữ liệu dân cư, đất đai của địa phương.
- Thời gian: Thường xuyên.
7. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
8. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 30/11 hằng năm để tổng hợp.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Minh Khang
`

export const khUbndLuatDuLieu: CorpusDocument = {
  name: '128-KH-UBND-luat-du-lieu.txt',
  text,
  tasks: [
    task(
      'II.1',
      'Tổ chức phổ biến, giới thiệu Luật Dữ liệu',
      'SO-TP',
      ['SO-KHCN', 'CA-TINH'],
      'Quý II/2026',
    ),
    task(
      'II.2',
      'Rà soát văn bản quy phạm pháp luật của tỉnh liên quan đến dữ liệu',
      'SO-TP',
      [],
      'Trước ngày 30/9/2026',
    ),
    task(
      'II.3',
      'Xây dựng danh mục dữ liệu dùng chung, dữ liệu mở của tỉnh',
      'SO-KHCN',
      ['CA-TINH', 'VP-UBND'],
      'Tháng 10/2026',
    ),
    task(
      'II.4',
      'Kết nối Trung tâm dữ liệu của tỉnh với Trung tâm dữ liệu quốc gia',
      'CA-TINH',
      ['SO-KHCN'],
      'Năm 2027',
    ),
    task('II.5', 'Bố trí kinh phí triển khai thi hành Luật', 'SO-TC', [], 'Hằng năm'),
    task(
      'II.6',
      'Bồi dưỡng nghiệp vụ quản trị dữ liệu cho công chức chuyên trách',
      'SO-NV',
      ['SO-KHCN'],
      'Năm 2026, 2027',
    ),
    task(
      'II.7',
      'Xây dựng cơ sở dữ liệu chuyên ngành y tế, giáo dục, đất đai',
      'SO-YT',
      ['SO-GDDT', 'SO-NNMT', 'SO-KHCN'],
      'Quý IV/2027',
    ),
    task(
      'II.8',
      'Kiểm tra việc thực hiện quy định về bảo vệ dữ liệu cá nhân',
      'CA-TINH',
      ['THANH-TRA'],
      'Hằng năm',
    ),
    task(
      'III.1',
      'Tổ chức các hội nghị phổ biến Luật Dữ liệu cho người đứng đầu',
      'SO-TP',
      [],
      'Quý III/2026',
    ),
    task(
      'III.2',
      'Xây dựng Quy chế quản lý, khai thác dữ liệu của tỉnh',
      'SO-KHCN',
      ['VP-UBND'],
      'Tháng 12/2026',
    ),
    task(
      'III.3',
      'Hướng dẫn các cơ quan, đơn vị bảo đảm an ninh dữ liệu',
      'CA-TINH',
      [],
      'Thường xuyên',
    ),
    task('III.4', 'Tham mưu bố trí kinh phí cho Trung tâm dữ liệu của tỉnh', 'SO-TC', [], null),
    task('III.5', 'Mở chuyên mục tuyên truyền về dữ liệu số', 'BAO-PTTH', [], 'Thường xuyên'),
    task(
      'III.6',
      'Tổ chức triển khai Kế hoạch trên địa bàn',
      'new:Ủy ban nhân dân các xã, phường',
      [],
      'Thường xuyên',
    ),
    task('III.7', 'Theo dõi, đôn đốc việc thực hiện Kế hoạch', 'VP-UBND', [], null),
    task(
      'III.8',
      'Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ',
      'new:Các sở, ban, ngành',
      ['new:Ủy ban nhân dân các xã, phường'],
      null,
    ),
  ],
}

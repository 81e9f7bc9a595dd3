#!/usr/bin/env python3
"""Writes the bad-input fixtures of tests/data/bad/ (each a case of tst_badinput; expectations in
cases.csv). Run from this folder. The 2 GB file, a directory and an unreadable file are made by the
test itself, not committed."""
import io, zipfile

H = "region,indicator,year,value,status,source,note\n"
GOOD = "KR-46,population,2030,1,estimate,kosis_population_2007_2025,test\n"

def w(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

w("empty.csv", b"")
w("header_only.csv", H)
w("unknown_header.csv", "foo,bar,baz\n1,2,3\n")
w("too_few_columns.csv", H + GOOD + "KR-46,population,2031\n")
w("too_many_columns.csv", H + "KR-46,population,2031,1,estimate,kosis_population_2007_2025,test,extra\n")
w("unbalanced_quote.csv", H + 'KR-46,population,2031,1,estimate,"kosis_population_2007_2025,test\n')
w("quote_in_unquoted_field.csv", H + 'KR-46,popu"lation,2031,1,estimate,kosis_population_2007_2025,\n')
w("text_after_closing_quote.csv", H + 'KR-46,"population"x,2031,1,estimate,kosis_population_2007_2025,\n')
w("embedded_nul.csv", (H + "KR-46,population,2031,1\x00,estimate,kosis_population_2007_2025,\n").encode())
w("invalid_utf8_after_bom.csv", b"\xef\xbb\xbf" + H.encode() + b"KR-46,population,2031,1,estimate,kosis_population_2007_2025,\xff\n")
w("cp949_cut_mid_character.csv", H.encode() + "KR-46,population,2031,1,estimate,kosis_population_2007_2025,".encode() + "전남".encode("cp949")[:3])
w("mixed_encodings.csv", (H + "KR-46,population,2031,1,estimate,kosis_population_2007_2025,전남\n").encode("utf-8")
  + "KR-46,population,2032,1,estimate,kosis_population_2007_2025,전남\n".encode("cp949"))
w("utf16_text.csv", (H + GOOD).encode("utf-16"))
w("non_numeric_value.csv", H + "KR-46,population,2031,abc,estimate,kosis_population_2007_2025,\n")
w("nan_value.csv", H + "KR-46,population,2031,NaN,estimate,kosis_population_2007_2025,\n")
w("inf_value.csv", H + "KR-46,population,2031,inf,estimate,kosis_population_2007_2025,\n")
w("overflowing_value.csv", H + "KR-46,population,2031,1e999,estimate,kosis_population_2007_2025,\n")
w("empty_value.csv", H + "KR-46,population,2031,,estimate,kosis_population_2007_2025,\n")
w("negative_count.csv", H + GOOD + "KR-46,doctors_in_medical_institutions,2031,-5,estimate,kosis_doctors_2007_2024,\n")
w("year_zero.csv", H + "KR-46,population,0,1,estimate,kosis_population_2007_2025,\n")
w("year_99999.csv", H + "KR-46,population,99999,1,estimate,kosis_population_2007_2025,\n")
w("year_as_text.csv", H + "KR-46,population,작년,1,estimate,kosis_population_2007_2025,\n")
w("duplicate_key.csv", H + GOOD + GOOD)
w("unknown_region.csv", H + GOOD + "KR-99,population,2030,1,estimate,kosis_population_2007_2025,\n")
w("unknown_indicator.csv", H + "KR-46,gdp_of_mars,2030,1,estimate,kosis_population_2007_2025,\n")
w("unknown_status.csv", H + "KR-46,population,2030,1,guess,kosis_population_2007_2025,\n")
w("unknown_source.csv", H + "KR-46,population,2030,1,estimate,nowhere,\n")
w("regions_bad_level.csv", "code,name_ko,name_en,level,parent\nKR-99,가상도,Nowhere,7,KR\n")
w("indicators_bad_pillar.csv", "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator\n"
  "made_up,magic,,가짜,Made up,개,higher,sum,\n")
w("sql_injection_region.csv", H + "\"x'); DROP TABLE observations;--\",population,2030,1,estimate,kosis_population_2007_2025,\n")
# Issue 18
W = "weight_set,target_kind,target,weight\n"
w("weights_extreme.csv", W + "extreme,pillar,talent,1e307\n")
w("weights_tiny.csv", W + "tiny,pillar,talent,1\ntiny,pillar,industry,1e-9\n")
w("year_plus_sign.csv", H + "KR-46,population,+2024,1,estimate,kosis_population_2007_2025,\n")
w("year_leading_zero.csv", H + "KR-46,population,02024,1,estimate,kosis_population_2007_2025,\n")
RH = "code,name_ko,name_en,level,parent\n"
w("regions_jeonnam_under_seoul.csv", RH + "KR-46,전라남도,Jeonnam,2,KR-11\n")
w("regions_nation_as_province.csv", RH + "KR,전국,Nation,1,KR\n")
w("regions_own_parent.csv", RH + "KR-46,전라남도,Jeollanam-do,1,KR-46\n")
w("regions_parent_cycle.csv", RH + "KR-98,가상도,Nowhere,1,KR\nKR-98-1,가상군,Nowhere county,2,KR-98\nKR-98,가상도,Nowhere,2,KR-98-1\n")
w("regions_district_of_district.csv", RH + "KR-46-X1,가상군,Nowhere county,2,KR-46\nKR-46-X1-1,가상리,Nowhere village,2,KR-46-X1\n")
w("regions_second_nation.csv", RH + "KR-00,또전국,Nation two,0,\n")
w("regions_duplicate_name.csv", RH + "KR-98,전라남도,Jeonnam two,1,KR\n")
w("regions_rename_bundled.csv", RH + 'KR-46,"<img src=""/dev/zero"">전라남도",Jeollanam-do,1,KR\n')
# KOSIS
w("kosis_second_header_row_missing.csv", '"행정구역별",2022,2022,2023,2023\n"전국",1,2,3,4\n"전라남도",1,2,3,4\n')
w("kosis_header_rows_disagree.csv", '"행정구역별",2022,2022,2023,2023\n"행정구역별",A,B,A\n"전국",1,2,3,4\n')
w("kosis_value_not_a_number.csv", ('"행정구역별",2023\n"행정구역별",고령인구비율 (%)\n"전국",19.0\n"전라남도",26.1x\n').encode("cp949"))
w("kosis_needs_filter.csv", '"행정구역별(1)","성별(1)",2023\n"전국","계",1\n"전국","남자",1\n')
w("kosis_comma_decimal.csv", '"행정구역별",2023\n"행정구역별",고령인구비율 (%)\n"전국",19.0\n"전라남도","1,5"\n')
w("kosis_negative_population.csv", '"행정구역별",2023\n"행정구역별",주민등록인구 (명)\n"전국",51000000\n"전라남도",-5000\n')
w("kosis_subnormal_population.csv", '"행정구역별",2023\n"행정구역별",주민등록인구 (명)\n"전국",51000000\n"서울특별시",1e-320\n')
w("kosis_nothing_mapped.csv", '"행정구역별",2023\n"행정구역별",고령인구비율 (%)\n"전국",19.0\n')
# Not CSV at all
zip_bytes = io.BytesIO()
with zipfile.ZipFile(zip_bytes, "w") as z:
    z.writestr("data.csv", H + GOOD)
w("zip_renamed.csv", zip_bytes.getvalue())
xlsx = io.BytesIO()
with zipfile.ZipFile(xlsx, "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
w("xlsx_renamed.csv", xlsx.getvalue())
w("xls_renamed.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
w("pdf_renamed.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")

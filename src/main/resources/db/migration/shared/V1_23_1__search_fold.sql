-- The SQL twin of vn.cchc.shared.SearchText.fold for the Vietnamese alphabet: every accented letter (both cases) and
-- đ/Đ become their plain lower-case letter, then ASCII is lower-cased. Used where a search reads text that has no
-- folded column of its own (a unit's name, a plan's title, a report line's narrative); SqlFoldAgreementTest checks
-- that it agrees with the Java fold on every Vietnamese letter.
create function cchc_fold(t text) returns text
    language sql immutable strict parallel safe
as $$
select lower(translate(normalize(t, NFC),
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'))
$$;

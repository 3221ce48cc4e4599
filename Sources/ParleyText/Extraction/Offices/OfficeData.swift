/// The shipped office-holders table (see ``OfficeHolders`` for the format). Facts of public record: who held
/// which office, from when to when.
enum OfficeData {
    static let tsv = """
        # country\toffice\tperson\tfrom\tto
        # Argentina
        Argentina\tpresident\tFernando de la Rúa\t1999-12-10\t2001-12-20
        Argentina\tpresident\tRamón Puerta\t2001-12-21\t2001-12-23
        Argentina\tpresident\tAdolfo Rodríguez Saá\t2001-12-23\t2001-12-30
        Argentina\tpresident\tEduardo Camaño\t2001-12-31\t2002-01-01
        Argentina\tpresident\tEduardo Duhalde\t2002-01-02\t2003-05-25
        Argentina\tpresident\tNéstor Kirchner\t2003-05-25\t2007-12-10
        Argentina\tpresident\tCristina Fernández de Kirchner\t2007-12-10\t2015-12-10
        Argentina\tpresident\tMauricio Macri\t2015-12-10\t2019-12-10
        Argentina\tpresident\tAlberto Fernández\t2019-12-10\t2023-12-10
        Argentina\tpresident\tJavier Milei\t2023-12-10\t
        Argentina\tleader\tFernando de la Rúa\t1999-12-10\t2001-12-20
        Argentina\tleader\tRamón Puerta\t2001-12-21\t2001-12-23
        Argentina\tleader\tAdolfo Rodríguez Saá\t2001-12-23\t2001-12-30
        Argentina\tleader\tEduardo Camaño\t2001-12-31\t2002-01-01
        Argentina\tleader\tEduardo Duhalde\t2002-01-02\t2003-05-25
        Argentina\tleader\tNéstor Kirchner\t2003-05-25\t2007-12-10
        Argentina\tleader\tCristina Fernández de Kirchner\t2007-12-10\t2015-12-10
        Argentina\tleader\tMauricio Macri\t2015-12-10\t2019-12-10
        Argentina\tleader\tAlberto Fernández\t2019-12-10\t2023-12-10
        Argentina\tleader\tJavier Milei\t2023-12-10\t
        Argentina\tforeign minister\tAdalberto Rodríguez Giavarini\t1999-12-10\t2001-12-21
        Argentina\tforeign minister\tCarlos Ruckauf\t2002-01\t2003-05-25
        Argentina\tforeign minister\tRafael Bielsa\t2003-05-25\t2005-12
        Argentina\tforeign minister\tJorge Taiana\t2005-12\t2010-06-18
        Argentina\tforeign minister\tHéctor Timerman\t2010-06-22\t2015-12-10
        Argentina\tforeign minister\tSusana Malcorra\t2015-12-10\t2017-06-12
        Argentina\tforeign minister\tJorge Faurie\t2017-06-12\t2019-12-10
        Argentina\tforeign minister\tFelipe Solá\t2019-12-10\t2021-09-20
        Argentina\tforeign minister\tSantiago Cafiero\t2021-09-20\t2023-12-10
        Argentina\tforeign minister\tDiana Mondino\t2023-12-10\t2024-10-30
        Argentina\tforeign minister\tGerardo Werthein\t2024-10-30\t2025-10-27
        Argentina\tforeign minister\tPablo Quirno\t2025-10-28\t
        # Australia
        Australia\tqueen\tElizabeth II\t1952-02-06\t2022-09-08
        Australia\tking\tCharles III\t2022-09-08\t
        Australia\tprime minister\tJohn Howard\t1996-03-11\t2007-12-03
        Australia\tprime minister\tKevin Rudd\t2007-12-03\t2010-06-24
        Australia\tprime minister\tJulia Gillard\t2010-06-24\t2013-06-27
        Australia\tprime minister\tKevin Rudd\t2013-06-27\t2013-09-18
        Australia\tprime minister\tTony Abbott\t2013-09-18\t2015-09-15
        Australia\tprime minister\tMalcolm Turnbull\t2015-09-15\t2018-08-24
        Australia\tprime minister\tScott Morrison\t2018-08-24\t2022-05-23
        Australia\tprime minister\tAnthony Albanese\t2022-05-23\t
        Australia\tleader\tJohn Howard\t1996-03-11\t2007-12-03
        Australia\tleader\tKevin Rudd\t2007-12-03\t2010-06-24
        Australia\tleader\tJulia Gillard\t2010-06-24\t2013-06-27
        Australia\tleader\tKevin Rudd\t2013-06-27\t2013-09-18
        Australia\tleader\tTony Abbott\t2013-09-18\t2015-09-15
        Australia\tleader\tMalcolm Turnbull\t2015-09-15\t2018-08-24
        Australia\tleader\tScott Morrison\t2018-08-24\t2022-05-23
        Australia\tleader\tAnthony Albanese\t2022-05-23\t
        Australia\tforeign minister\tAlexander Downer\t1996-03-11\t2007-12-03
        Australia\tforeign minister\tStephen Smith\t2007-12-03\t2010-09-14
        Australia\tforeign minister\tKevin Rudd\t2010-09-14\t2012-02-22
        Australia\tforeign minister\tBob Carr\t2012-03-13\t2013-09-18
        Australia\tforeign minister\tJulie Bishop\t2013-09-18\t2018-08-28
        Australia\tforeign minister\tMarise Payne\t2018-08-28\t2022-05-23
        Australia\tforeign minister\tPenny Wong\t2022-05-23\t
        # Brazil
        Brazil\tpresident\tFernando Henrique Cardoso\t1995-01-01\t2003-01-01
        Brazil\tpresident\tLuiz Inácio Lula da Silva\t2003-01-01\t2011-01-01
        Brazil\tpresident\tDilma Rousseff\t2011-01-01\t2016-05-12
        Brazil\tpresident\tMichel Temer\t2016-05-12\t2019-01-01
        Brazil\tpresident\tJair Bolsonaro\t2019-01-01\t2023-01-01
        Brazil\tpresident\tLuiz Inácio Lula da Silva\t2023-01-01\t
        Brazil\tleader\tFernando Henrique Cardoso\t1995-01-01\t2003-01-01
        Brazil\tleader\tLuiz Inácio Lula da Silva\t2003-01-01\t2011-01-01
        Brazil\tleader\tDilma Rousseff\t2011-01-01\t2016-05-12
        Brazil\tleader\tMichel Temer\t2016-05-12\t2019-01-01
        Brazil\tleader\tJair Bolsonaro\t2019-01-01\t2023-01-01
        Brazil\tleader\tLuiz Inácio Lula da Silva\t2023-01-01\t
        Brazil\tforeign minister\tLuiz Felipe Lampreia\t1995-01-01\t2001-01-29
        Brazil\tforeign minister\tCelso Lafer\t2001-01-29\t2003-01-01
        Brazil\tforeign minister\tCelso Amorim\t2003-01-01\t2011-01-01
        Brazil\tforeign minister\tAntonio Patriota\t2011-01-01\t2013-08-26
        Brazil\tforeign minister\tLuiz Alberto Figueiredo\t2013-08-28\t2015-01-01
        Brazil\tforeign minister\tMauro Vieira\t2015-01-01\t2016-05-12
        Brazil\tforeign minister\tJosé Serra\t2016-05-12\t2017-02-22
        Brazil\tforeign minister\tAloysio Nunes\t2017-03-07\t2019-01-01
        Brazil\tforeign minister\tErnesto Araújo\t2019-01-01\t2021-03-29
        Brazil\tforeign minister\tCarlos França\t2021-04-06\t2023-01-01
        Brazil\tforeign minister\tMauro Vieira\t2023-01-01\t
        # Canada
        Canada\tqueen\tElizabeth II\t1952-02-06\t2022-09-08
        Canada\tking\tCharles III\t2022-09-08\t
        Canada\tprime minister\tJean Chrétien\t1993-11-04\t2003-12-12
        Canada\tprime minister\tPaul Martin\t2003-12-12\t2006-02-06
        Canada\tprime minister\tStephen Harper\t2006-02-06\t2015-11-04
        Canada\tprime minister\tJustin Trudeau\t2015-11-04\t2025-03-14
        Canada\tprime minister\tMark Carney\t2025-03-14\t
        Canada\tleader\tJean Chrétien\t1993-11-04\t2003-12-12
        Canada\tleader\tPaul Martin\t2003-12-12\t2006-02-06
        Canada\tleader\tStephen Harper\t2006-02-06\t2015-11-04
        Canada\tleader\tJustin Trudeau\t2015-11-04\t2025-03-14
        Canada\tleader\tMark Carney\t2025-03-14\t
        Canada\tforeign minister\tLloyd Axworthy\t1996-01-25\t2000-10-17
        Canada\tforeign minister\tJohn Manley\t2000-10-17\t2002-01-15
        Canada\tforeign minister\tBill Graham\t2002-01-16\t2004-07-20
        Canada\tforeign minister\tPierre Pettigrew\t2004-07-20\t2006-02-06
        Canada\tforeign minister\tPeter MacKay\t2006-02-06\t2007-08-14
        Canada\tforeign minister\tMaxime Bernier\t2007-08-14\t2008-05-26
        Canada\tforeign minister\tDavid Emerson\t2008-05-26\t2008-10-30
        Canada\tforeign minister\tLawrence Cannon\t2008-10-30\t2011-05-18
        Canada\tforeign minister\tJohn Baird\t2011-05-18\t2015-02-03
        Canada\tforeign minister\tRob Nicholson\t2015-02-09\t2015-11-04
        Canada\tforeign minister\tStéphane Dion\t2015-11-04\t2017-01-10
        Canada\tforeign minister\tChrystia Freeland\t2017-01-10\t2019-11-20
        Canada\tforeign minister\tFrançois-Philippe Champagne\t2019-11-20\t2021-01-12
        Canada\tforeign minister\tMarc Garneau\t2021-01-12\t2021-10-26
        Canada\tforeign minister\tMélanie Joly\t2021-10-26\t2025-05-13
        Canada\tforeign minister\tAnita Anand\t2025-05-13\t
        # China (prime minister = premier of the State Council; leader = general secretary)
        China\tpresident\tJiang Zemin\t1993-03-27\t2003-03-15
        China\tpresident\tHu Jintao\t2003-03-15\t2013-03-14
        China\tpresident\tXi Jinping\t2013-03-14\t
        China\tleader\tJiang Zemin\t1989-06-24\t2002-11-15
        China\tleader\tHu Jintao\t2002-11-15\t2012-11-15
        China\tleader\tXi Jinping\t2012-11-15\t
        China\tprime minister\tZhu Rongji\t1998-03-17\t2003-03-16
        China\tprime minister\tWen Jiabao\t2003-03-16\t2013-03-15
        China\tprime minister\tLi Keqiang\t2013-03-15\t2023-03-11
        China\tprime minister\tLi Qiang\t2023-03-11\t
        China\tforeign minister\tTang Jiaxuan\t1998-03-18\t2003-03-17
        China\tforeign minister\tLi Zhaoxing\t2003-03-17\t2007-04-27
        China\tforeign minister\tYang Jiechi\t2007-04-27\t2013-03-16
        China\tforeign minister\tWang Yi\t2013-03-16\t2022-12-30
        China\tforeign minister\tQin Gang\t2022-12-30\t2023-07-25
        China\tforeign minister\tWang Yi\t2023-07-25\t
        China\tdefence minister\tChi Haotian\t1993-03\t2003-03-17
        China\tdefence minister\tCao Gangchuan\t2003-03-17\t2008-03-17
        China\tdefence minister\tLiang Guanglie\t2008-03-17\t2013-03-16
        China\tdefence minister\tChang Wanquan\t2013-03-16\t2018-03-19
        China\tdefence minister\tWei Fenghe\t2018-03-19\t2023-03-12
        China\tdefence minister\tLi Shangfu\t2023-03-12\t2023-10-24
        China\tdefence minister\tDong Jun\t2023-12-29\t
        # Egypt
        Egypt\tpresident\tHosni Mubarak\t1981-10-14\t2011-02-11
        Egypt\tpresident\tMohamed Morsi\t2012-06-30\t2013-07-03
        Egypt\tpresident\tAdly Mansour\t2013-07-04\t2014-06-08
        Egypt\tpresident\tAbdel Fattah el-Sisi\t2014-06-08\t
        Egypt\tleader\tHosni Mubarak\t1981-10-14\t2011-02-11
        Egypt\tleader\tMohamed Morsi\t2012-06-30\t2013-07-03
        Egypt\tleader\tAdly Mansour\t2013-07-04\t2014-06-08
        Egypt\tleader\tAbdel Fattah el-Sisi\t2014-06-08\t
        Egypt\tleader\tMohamed Hussein Tantawi\t2011-02-11\t2012-06-30
        Egypt\tprime minister\tAtef Ebeid\t1999-10-05\t2004-07-14
        Egypt\tprime minister\tAhmed Nazif\t2004-07-14\t2011-01-29
        Egypt\tprime minister\tAhmed Shafik\t2011-01-29\t2011-03-03
        Egypt\tprime minister\tEssam Sharaf\t2011-03-03\t2011-12-07
        Egypt\tprime minister\tKamal Ganzouri\t2011-12-07\t2012-08-02
        Egypt\tprime minister\tHesham Qandil\t2012-08-02\t2013-07-09
        Egypt\tprime minister\tHazem el-Beblawi\t2013-07-09\t2014-03-01
        Egypt\tprime minister\tIbrahim Mahlab\t2014-03-01\t2015-09-19
        Egypt\tprime minister\tSherif Ismail\t2015-09-19\t2018-06-07
        Egypt\tprime minister\tMostafa Madbouly\t2018-06-07\t
        Egypt\tforeign minister\tAmr Moussa\t1991-05-20\t2001-05-15
        Egypt\tforeign minister\tAhmed Maher\t2001-05-15\t2004-07-14
        Egypt\tforeign minister\tAhmed Aboul Gheit\t2004-07-14\t2011-03-06
        Egypt\tforeign minister\tNabil Elaraby\t2011-03-06\t2011-06
        Egypt\tforeign minister\tMohamed Kamel Amr\t2011-07-18\t2013-07-16
        Egypt\tforeign minister\tNabil Fahmy\t2013-07-16\t2014-06-17
        Egypt\tforeign minister\tSameh Shoukry\t2014-06-17\t2024-07-03
        Egypt\tforeign minister\tBadr Abdelatty\t2024-07-03\t
        # France
        France\tpresident\tJacques Chirac\t1995-05-17\t2007-05-16
        France\tpresident\tNicolas Sarkozy\t2007-05-16\t2012-05-15
        France\tpresident\tFrançois Hollande\t2012-05-15\t2017-05-14
        France\tpresident\tEmmanuel Macron\t2017-05-14\t
        France\tleader\tJacques Chirac\t1995-05-17\t2007-05-16
        France\tleader\tNicolas Sarkozy\t2007-05-16\t2012-05-15
        France\tleader\tFrançois Hollande\t2012-05-15\t2017-05-14
        France\tleader\tEmmanuel Macron\t2017-05-14\t
        France\tprime minister\tLionel Jospin\t1997-06-02\t2002-05-06
        France\tprime minister\tJean-Pierre Raffarin\t2002-05-06\t2005-05-31
        France\tprime minister\tDominique de Villepin\t2005-05-31\t2007-05-17
        France\tprime minister\tFrançois Fillon\t2007-05-17\t2012-05-15
        France\tprime minister\tJean-Marc Ayrault\t2012-05-15\t2014-03-31
        France\tprime minister\tManuel Valls\t2014-03-31\t2016-12-06
        France\tprime minister\tBernard Cazeneuve\t2016-12-06\t2017-05-15
        France\tprime minister\tÉdouard Philippe\t2017-05-15\t2020-07-03
        France\tprime minister\tJean Castex\t2020-07-03\t2022-05-16
        France\tprime minister\tÉlisabeth Borne\t2022-05-16\t2024-01-09
        France\tprime minister\tGabriel Attal\t2024-01-09\t2024-09-05
        France\tprime minister\tMichel Barnier\t2024-09-05\t2024-12-13
        France\tprime minister\tFrançois Bayrou\t2024-12-13\t2025-09-09
        France\tprime minister\tSébastien Lecornu\t2025-09-09\t
        France\tforeign minister\tHubert Védrine\t1997-06-04\t2002-05-07
        France\tforeign minister\tDominique de Villepin\t2002-05-07\t2004-03-31
        France\tforeign minister\tMichel Barnier\t2004-03-31\t2005-06-02
        France\tforeign minister\tPhilippe Douste-Blazy\t2005-06-02\t2007-05-18
        France\tforeign minister\tBernard Kouchner\t2007-05-18\t2010-11-14
        France\tforeign minister\tMichèle Alliot-Marie\t2010-11-14\t2011-02-27
        France\tforeign minister\tAlain Juppé\t2011-02-27\t2012-05-16
        France\tforeign minister\tLaurent Fabius\t2012-05-16\t2016-02-11
        France\tforeign minister\tJean-Marc Ayrault\t2016-02-11\t2017-05-17
        France\tforeign minister\tJean-Yves Le Drian\t2017-05-17\t2022-05-20
        France\tforeign minister\tCatherine Colonna\t2022-05-20\t2024-01-11
        France\tforeign minister\tStéphane Séjourné\t2024-01-11\t2024-09-21
        France\tforeign minister\tJean-Noël Barrot\t2024-09-21\t
        France\tdefence minister\tAlain Richard\t1997-06-04\t2002-05-07
        France\tdefence minister\tMichèle Alliot-Marie\t2002-05-07\t2007-05-18
        France\tdefence minister\tHervé Morin\t2007-05-18\t2010-11-14
        France\tdefence minister\tAlain Juppé\t2010-11-14\t2011-02-27
        France\tdefence minister\tGérard Longuet\t2011-02-27\t2012-05-16
        France\tdefence minister\tJean-Yves Le Drian\t2012-05-16\t2017-05-17
        France\tdefence minister\tSylvie Goulard\t2017-05-17\t2017-06-21
        France\tdefence minister\tFlorence Parly\t2017-06-21\t2022-05-20
        France\tdefence minister\tSébastien Lecornu\t2022-05-20\t2025-10-12
        France\tdefence minister\tCatherine Vautrin\t2025-10-12\t
        # Germany
        Germany\tpresident\tJohannes Rau\t1999-07-01\t2004-06-30
        Germany\tpresident\tHorst Köhler\t2004-07-01\t2010-05-31
        Germany\tpresident\tJens Böhrnsen\t2010-05-31\t2010-06-30
        Germany\tpresident\tChristian Wulff\t2010-06-30\t2012-02-17
        Germany\tpresident\tHorst Seehofer\t2012-02-17\t2012-03-18
        Germany\tpresident\tJoachim Gauck\t2012-03-18\t2017-03-18
        Germany\tpresident\tFrank-Walter Steinmeier\t2017-03-19\t
        Germany\tchancellor\tGerhard Schröder\t1998-10-27\t2005-11-22
        Germany\tchancellor\tAngela Merkel\t2005-11-22\t2021-12-08
        Germany\tchancellor\tOlaf Scholz\t2021-12-08\t2025-05-06
        Germany\tchancellor\tFriedrich Merz\t2025-05-06\t
        Germany\tleader\tGerhard Schröder\t1998-10-27\t2005-11-22
        Germany\tleader\tAngela Merkel\t2005-11-22\t2021-12-08
        Germany\tleader\tOlaf Scholz\t2021-12-08\t2025-05-06
        Germany\tleader\tFriedrich Merz\t2025-05-06\t
        Germany\tforeign minister\tJoschka Fischer\t1998-10-27\t2005-11-22
        Germany\tforeign minister\tFrank-Walter Steinmeier\t2005-11-22\t2009-10-28
        Germany\tforeign minister\tGuido Westerwelle\t2009-10-28\t2013-12-17
        Germany\tforeign minister\tFrank-Walter Steinmeier\t2013-12-17\t2017-01-27
        Germany\tforeign minister\tSigmar Gabriel\t2017-01-27\t2018-03-14
        Germany\tforeign minister\tHeiko Maas\t2018-03-14\t2021-12-08
        Germany\tforeign minister\tAnnalena Baerbock\t2021-12-08\t2025-05-06
        Germany\tforeign minister\tJohann Wadephul\t2025-05-06\t
        # India
        India\tpresident\tK. R. Narayanan\t1997-07-25\t2002-07-25
        India\tpresident\tA. P. J. Abdul Kalam\t2002-07-25\t2007-07-25
        India\tpresident\tPratibha Patil\t2007-07-25\t2012-07-25
        India\tpresident\tPranab Mukherjee\t2012-07-25\t2017-07-25
        India\tpresident\tRam Nath Kovind\t2017-07-25\t2022-07-25
        India\tpresident\tDroupadi Murmu\t2022-07-25\t
        India\tprime minister\tAtal Bihari Vajpayee\t1998-03-19\t2004-05-22
        India\tprime minister\tManmohan Singh\t2004-05-22\t2014-05-26
        India\tprime minister\tNarendra Modi\t2014-05-26\t
        India\tleader\tAtal Bihari Vajpayee\t1998-03-19\t2004-05-22
        India\tleader\tManmohan Singh\t2004-05-22\t2014-05-26
        India\tleader\tNarendra Modi\t2014-05-26\t
        India\tforeign minister\tJaswant Singh\t1998-12-05\t2002-07-01
        India\tforeign minister\tYashwant Sinha\t2002-07-01\t2004-05-22
        India\tforeign minister\tNatwar Singh\t2004-05-22\t2005-11-07
        India\tforeign minister\tManmohan Singh\t2005-11-07\t2006-10-24
        India\tforeign minister\tPranab Mukherjee\t2006-10-24\t2009-05-22
        India\tforeign minister\tS. M. Krishna\t2009-05-22\t2012-10-28
        India\tforeign minister\tSalman Khurshid\t2012-10-28\t2014-05-26
        India\tforeign minister\tSushma Swaraj\t2014-05-26\t2019-05-30
        India\tforeign minister\tS. Jaishankar\t2019-05-30\t
        # Indonesia
        Indonesia\tpresident\tAbdurrahman Wahid\t1999-10-20\t2001-07-23
        Indonesia\tpresident\tMegawati Sukarnoputri\t2001-07-23\t2004-10-20
        Indonesia\tpresident\tSusilo Bambang Yudhoyono\t2004-10-20\t2014-10-20
        Indonesia\tpresident\tJoko Widodo\t2014-10-20\t2024-10-20
        Indonesia\tpresident\tPrabowo Subianto\t2024-10-20\t
        Indonesia\tleader\tAbdurrahman Wahid\t1999-10-20\t2001-07-23
        Indonesia\tleader\tMegawati Sukarnoputri\t2001-07-23\t2004-10-20
        Indonesia\tleader\tSusilo Bambang Yudhoyono\t2004-10-20\t2014-10-20
        Indonesia\tleader\tJoko Widodo\t2014-10-20\t2024-10-20
        Indonesia\tleader\tPrabowo Subianto\t2024-10-20\t
        Indonesia\tforeign minister\tAlwi Shihab\t1999-10\t2001-08-09
        Indonesia\tforeign minister\tHassan Wirajuda\t2001-08-09\t2009-10-20
        Indonesia\tforeign minister\tMarty Natalegawa\t2009-10-22\t2014-10-20
        Indonesia\tforeign minister\tRetno Marsudi\t2014-10-27\t2024-10-20
        Indonesia\tforeign minister\tSugiono\t2024-10-21\t
        # Iran (no prime minister since 1989; leader = supreme leader)
        Iran\tsupreme leader\tAli Khamenei\t1989-06-04\t
        Iran\tleader\tAli Khamenei\t1989-06-04\t
        Iran\tpresident\tMohammad Khatami\t1997-08-03\t2005-08-03
        Iran\tpresident\tMahmoud Ahmadinejad\t2005-08-03\t2013-08-03
        Iran\tpresident\tHassan Rouhani\t2013-08-03\t2021-08-03
        Iran\tpresident\tEbrahim Raisi\t2021-08-03\t2024-05-19
        Iran\tpresident\tMohammad Mokhber\t2024-05-20\t2024-07-28
        Iran\tpresident\tMasoud Pezeshkian\t2024-07-28\t
        Iran\tforeign minister\tKamal Kharazi\t1997-08-20\t2005-08-24
        Iran\tforeign minister\tManouchehr Mottaki\t2005-08-24\t2010-12-13
        Iran\tforeign minister\tAli Akbar Salehi\t2010-12-13\t2013-08-15
        Iran\tforeign minister\tMohammad Javad Zarif\t2013-08-15\t2021-08-25
        Iran\tforeign minister\tHossein Amir-Abdollahian\t2021-08-25\t2024-05-19
        Iran\tforeign minister\tAli Bagheri Kani\t2024-05-20\t2024-08-21
        Iran\tforeign minister\tAbbas Araghchi\t2024-08-21\t
        Iran\tdefence minister\tAli Shamkhani\t1997-08-20\t2005-08-24
        Iran\tdefence minister\tMostafa Mohammad-Najjar\t2005-08-24\t2009-09-03
        Iran\tdefence minister\tAhmad Vahidi\t2009-09-03\t2013-08-15
        Iran\tdefence minister\tHossein Dehghan\t2013-08-15\t2017-08-20
        Iran\tdefence minister\tAmir Hatami\t2017-08-20\t2021-08-25
        Iran\tdefence minister\tMohammad-Reza Gharaei Ashtiani\t2021-08-25\t2024-08-21
        Iran\tdefence minister\tAziz Nasirzadeh\t2024-08-21\t
        # Israel
        Israel\tpresident\tEzer Weizman\t1993-05-13\t2000-07-13
        Israel\tpresident\tMoshe Katsav\t2000-08-01\t2007-07-01
        Israel\tpresident\tShimon Peres\t2007-07-15\t2014-07-24
        Israel\tpresident\tReuven Rivlin\t2014-07-24\t2021-07-07
        Israel\tpresident\tIsaac Herzog\t2021-07-07\t
        Israel\tprime minister\tEhud Barak\t1999-07-06\t2001-03-07
        Israel\tprime minister\tAriel Sharon\t2001-03-07\t2006-01-04
        Israel\tprime minister\tEhud Olmert\t2006-01-04\t2009-03-31
        Israel\tprime minister\tBenjamin Netanyahu\t2009-03-31\t2021-06-13
        Israel\tprime minister\tNaftali Bennett\t2021-06-13\t2022-07-01
        Israel\tprime minister\tYair Lapid\t2022-07-01\t2022-12-29
        Israel\tprime minister\tBenjamin Netanyahu\t2022-12-29\t
        Israel\tleader\tEhud Barak\t1999-07-06\t2001-03-07
        Israel\tleader\tAriel Sharon\t2001-03-07\t2006-01-04
        Israel\tleader\tEhud Olmert\t2006-01-04\t2009-03-31
        Israel\tleader\tBenjamin Netanyahu\t2009-03-31\t2021-06-13
        Israel\tleader\tNaftali Bennett\t2021-06-13\t2022-07-01
        Israel\tleader\tYair Lapid\t2022-07-01\t2022-12-29
        Israel\tleader\tBenjamin Netanyahu\t2022-12-29\t
        Israel\tforeign minister\tDavid Levy\t1999-07-06\t2000-08-04
        Israel\tforeign minister\tShlomo Ben-Ami\t2000-08-10\t2001-03-07
        Israel\tforeign minister\tShimon Peres\t2001-03-07\t2002-11-02
        Israel\tforeign minister\tBenjamin Netanyahu\t2002-11-06\t2003-02-28
        Israel\tforeign minister\tSilvan Shalom\t2003-02-28\t2006-01-16
        Israel\tforeign minister\tTzipi Livni\t2006-01-18\t2009-03-31
        Israel\tforeign minister\tAvigdor Lieberman\t2009-03-31\t2012-12-18
        Israel\tforeign minister\tBenjamin Netanyahu\t2012-12-18\t2013-11-11
        Israel\tforeign minister\tAvigdor Lieberman\t2013-11-11\t2015-05-14
        Israel\tforeign minister\tBenjamin Netanyahu\t2015-05-14\t2019-02-17
        Israel\tforeign minister\tIsrael Katz\t2019-02-17\t2020-05-17
        Israel\tforeign minister\tGabi Ashkenazi\t2020-05-17\t2021-06-13
        Israel\tforeign minister\tYair Lapid\t2021-06-13\t2022-12-29
        Israel\tforeign minister\tEli Cohen\t2022-12-29\t2024-01-01
        Israel\tforeign minister\tIsrael Katz\t2024-01-01\t2024-11-07
        Israel\tforeign minister\tGideon Sa'ar\t2024-11-07\t
        Israel\tdefence minister\tEhud Barak\t1999-07-06\t2001-03-07
        Israel\tdefence minister\tBinyamin Ben-Eliezer\t2001-03-07\t2002-11-02
        Israel\tdefence minister\tShaul Mofaz\t2002-11-04\t2006-05-04
        Israel\tdefence minister\tAmir Peretz\t2006-05-04\t2007-06-18
        Israel\tdefence minister\tEhud Barak\t2007-06-18\t2013-03-18
        Israel\tdefence minister\tMoshe Ya'alon\t2013-03-18\t2016-05-20
        Israel\tdefence minister\tAvigdor Lieberman\t2016-05-30\t2018-11-18
        Israel\tdefence minister\tBenjamin Netanyahu\t2018-11-18\t2019-11-12
        Israel\tdefence minister\tNaftali Bennett\t2019-11-12\t2020-05-17
        Israel\tdefence minister\tBenny Gantz\t2020-05-17\t2022-12-29
        Israel\tdefence minister\tYoav Gallant\t2022-12-29\t2024-11-07
        Israel\tdefence minister\tIsrael Katz\t2024-11-07\t
        # Italy
        Italy\tpresident\tCarlo Azeglio Ciampi\t1999-05-18\t2006-05-15
        Italy\tpresident\tGiorgio Napolitano\t2006-05-15\t2015-01-14
        Italy\tpresident\tPietro Grasso\t2015-01-14\t2015-02-03
        Italy\tpresident\tSergio Mattarella\t2015-02-03\t
        Italy\tprime minister\tMassimo D'Alema\t1998-10-21\t2000-04-26
        Italy\tprime minister\tGiuliano Amato\t2000-04-26\t2001-06-11
        Italy\tprime minister\tSilvio Berlusconi\t2001-06-11\t2006-05-17
        Italy\tprime minister\tRomano Prodi\t2006-05-17\t2008-05-08
        Italy\tprime minister\tSilvio Berlusconi\t2008-05-08\t2011-11-16
        Italy\tprime minister\tMario Monti\t2011-11-16\t2013-04-28
        Italy\tprime minister\tEnrico Letta\t2013-04-28\t2014-02-22
        Italy\tprime minister\tMatteo Renzi\t2014-02-22\t2016-12-12
        Italy\tprime minister\tPaolo Gentiloni\t2016-12-12\t2018-06-01
        Italy\tprime minister\tGiuseppe Conte\t2018-06-01\t2021-02-13
        Italy\tprime minister\tMario Draghi\t2021-02-13\t2022-10-22
        Italy\tprime minister\tGiorgia Meloni\t2022-10-22\t
        Italy\tleader\tMassimo D'Alema\t1998-10-21\t2000-04-26
        Italy\tleader\tGiuliano Amato\t2000-04-26\t2001-06-11
        Italy\tleader\tSilvio Berlusconi\t2001-06-11\t2006-05-17
        Italy\tleader\tRomano Prodi\t2006-05-17\t2008-05-08
        Italy\tleader\tSilvio Berlusconi\t2008-05-08\t2011-11-16
        Italy\tleader\tMario Monti\t2011-11-16\t2013-04-28
        Italy\tleader\tEnrico Letta\t2013-04-28\t2014-02-22
        Italy\tleader\tMatteo Renzi\t2014-02-22\t2016-12-12
        Italy\tleader\tPaolo Gentiloni\t2016-12-12\t2018-06-01
        Italy\tleader\tGiuseppe Conte\t2018-06-01\t2021-02-13
        Italy\tleader\tMario Draghi\t2021-02-13\t2022-10-22
        Italy\tleader\tGiorgia Meloni\t2022-10-22\t
        Italy\tforeign minister\tLamberto Dini\t1996-05-18\t2001-06-11
        Italy\tforeign minister\tRenato Ruggiero\t2001-06-11\t2002-01-06
        Italy\tforeign minister\tSilvio Berlusconi\t2002-01-06\t2002-11-14
        Italy\tforeign minister\tFranco Frattini\t2002-11-14\t2004-11-18
        Italy\tforeign minister\tGianfranco Fini\t2004-11-18\t2006-05-17
        Italy\tforeign minister\tMassimo D'Alema\t2006-05-17\t2008-05-08
        Italy\tforeign minister\tFranco Frattini\t2008-05-08\t2011-11-16
        Italy\tforeign minister\tGiulio Terzi di Sant'Agata\t2011-11-16\t2013-03-26
        Italy\tforeign minister\tMario Monti\t2013-03-26\t2013-04-28
        Italy\tforeign minister\tEmma Bonino\t2013-04-28\t2014-02-22
        Italy\tforeign minister\tFederica Mogherini\t2014-02-22\t2014-10-31
        Italy\tforeign minister\tPaolo Gentiloni\t2014-10-31\t2016-12-12
        Italy\tforeign minister\tAngelino Alfano\t2016-12-12\t2018-06-01
        Italy\tforeign minister\tEnzo Moavero Milanesi\t2018-06-01\t2019-09-05
        Italy\tforeign minister\tLuigi Di Maio\t2019-09-05\t2022-10-22
        Italy\tforeign minister\tAntonio Tajani\t2022-10-22\t
        # Japan
        Japan\temperor\tAkihito\t1989-01-07\t2019-04-30
        Japan\temperor\tNaruhito\t2019-05-01\t
        Japan\tprime minister\tKeizo Obuchi\t1998-07-30\t2000-04-05
        Japan\tprime minister\tYoshiro Mori\t2000-04-05\t2001-04-26
        Japan\tprime minister\tJunichiro Koizumi\t2001-04-26\t2006-09-26
        Japan\tprime minister\tShinzo Abe\t2006-09-26\t2007-09-26
        Japan\tprime minister\tYasuo Fukuda\t2007-09-26\t2008-09-24
        Japan\tprime minister\tTaro Aso\t2008-09-24\t2009-09-16
        Japan\tprime minister\tYukio Hatoyama\t2009-09-16\t2010-06-08
        Japan\tprime minister\tNaoto Kan\t2010-06-08\t2011-09-02
        Japan\tprime minister\tYoshihiko Noda\t2011-09-02\t2012-12-26
        Japan\tprime minister\tShinzo Abe\t2012-12-26\t2020-09-16
        Japan\tprime minister\tYoshihide Suga\t2020-09-16\t2021-10-04
        Japan\tprime minister\tFumio Kishida\t2021-10-04\t2024-10-01
        Japan\tprime minister\tShigeru Ishiba\t2024-10-01\t2025-10-21
        Japan\tprime minister\tSanae Takaichi\t2025-10-21\t
        Japan\tleader\tKeizo Obuchi\t1998-07-30\t2000-04-05
        Japan\tleader\tYoshiro Mori\t2000-04-05\t2001-04-26
        Japan\tleader\tJunichiro Koizumi\t2001-04-26\t2006-09-26
        Japan\tleader\tShinzo Abe\t2006-09-26\t2007-09-26
        Japan\tleader\tYasuo Fukuda\t2007-09-26\t2008-09-24
        Japan\tleader\tTaro Aso\t2008-09-24\t2009-09-16
        Japan\tleader\tYukio Hatoyama\t2009-09-16\t2010-06-08
        Japan\tleader\tNaoto Kan\t2010-06-08\t2011-09-02
        Japan\tleader\tYoshihiko Noda\t2011-09-02\t2012-12-26
        Japan\tleader\tShinzo Abe\t2012-12-26\t2020-09-16
        Japan\tleader\tYoshihide Suga\t2020-09-16\t2021-10-04
        Japan\tleader\tFumio Kishida\t2021-10-04\t2024-10-01
        Japan\tleader\tShigeru Ishiba\t2024-10-01\t2025-10-21
        Japan\tleader\tSanae Takaichi\t2025-10-21\t
        Japan\tforeign minister\tYohei Kono\t1999-10-05\t2001-04-26
        Japan\tforeign minister\tMakiko Tanaka\t2001-04-26\t2002-01-30
        Japan\tforeign minister\tYoriko Kawaguchi\t2002-02-01\t2004-09-27
        Japan\tforeign minister\tNobutaka Machimura\t2004-09-27\t2005-10-31
        Japan\tforeign minister\tTaro Aso\t2005-10-31\t2007-08-27
        Japan\tforeign minister\tNobutaka Machimura\t2007-08-27\t2007-09-26
        Japan\tforeign minister\tMasahiko Komura\t2007-09-26\t2008-09-24
        Japan\tforeign minister\tHirofumi Nakasone\t2008-09-24\t2009-09-16
        Japan\tforeign minister\tKatsuya Okada\t2009-09-16\t2010-09-17
        Japan\tforeign minister\tSeiji Maehara\t2010-09-17\t2011-03-06
        Japan\tforeign minister\tTakeaki Matsumoto\t2011-03-09\t2011-09-02
        Japan\tforeign minister\tKoichiro Gemba\t2011-09-02\t2012-12-26
        Japan\tforeign minister\tFumio Kishida\t2012-12-26\t2017-08-03
        Japan\tforeign minister\tTaro Kono\t2017-08-03\t2019-09-11
        Japan\tforeign minister\tToshimitsu Motegi\t2019-09-11\t2021-11-04
        Japan\tforeign minister\tYoshimasa Hayashi\t2021-11-10\t2023-09-13
        Japan\tforeign minister\tYoko Kamikawa\t2023-09-13\t2024-10-01
        Japan\tforeign minister\tTakeshi Iwaya\t2024-10-01\t2025-10-21
        Japan\tforeign minister\tToshimitsu Motegi\t2025-10-21\t
        # Mexico
        Mexico\tpresident\tErnesto Zedillo\t1994-12-01\t2000-12-01
        Mexico\tpresident\tVicente Fox\t2000-12-01\t2006-12-01
        Mexico\tpresident\tFelipe Calderón\t2006-12-01\t2012-12-01
        Mexico\tpresident\tEnrique Peña Nieto\t2012-12-01\t2018-12-01
        Mexico\tpresident\tAndrés Manuel López Obrador\t2018-12-01\t2024-10-01
        Mexico\tpresident\tClaudia Sheinbaum\t2024-10-01\t
        Mexico\tleader\tErnesto Zedillo\t1994-12-01\t2000-12-01
        Mexico\tleader\tVicente Fox\t2000-12-01\t2006-12-01
        Mexico\tleader\tFelipe Calderón\t2006-12-01\t2012-12-01
        Mexico\tleader\tEnrique Peña Nieto\t2012-12-01\t2018-12-01
        Mexico\tleader\tAndrés Manuel López Obrador\t2018-12-01\t2024-10-01
        Mexico\tleader\tClaudia Sheinbaum\t2024-10-01\t
        Mexico\tforeign minister\tRosario Green\t1998-01-07\t2000-11-30
        Mexico\tforeign minister\tJorge Castañeda\t2000-12-01\t2003-01-10
        Mexico\tforeign minister\tLuis Ernesto Derbez\t2003-01-10\t2006-11-30
        Mexico\tforeign minister\tPatricia Espinosa\t2006-12-01\t2012-11-30
        Mexico\tforeign minister\tJosé Antonio Meade\t2012-12-01\t2015-08-27
        Mexico\tforeign minister\tClaudia Ruiz Massieu\t2015-08-27\t2017-01-04
        Mexico\tforeign minister\tLuis Videgaray\t2017-01-04\t2018-11-30
        Mexico\tforeign minister\tMarcelo Ebrard\t2018-12-01\t2023-06-12
        Mexico\tforeign minister\tAlicia Bárcena\t2023-06-13\t2024-09-30
        Mexico\tforeign minister\tJuan Ramón de la Fuente\t2024-10-01\t
        # Qatar
        Qatar\temir\tHamad bin Khalifa Al Thani\t1995-06-27\t2013-06-25
        Qatar\temir\tTamim bin Hamad Al Thani\t2013-06-25\t
        Qatar\tleader\tHamad bin Khalifa Al Thani\t1995-06-27\t2013-06-25
        Qatar\tleader\tTamim bin Hamad Al Thani\t2013-06-25\t
        Qatar\tprime minister\tAbdullah bin Khalifa Al Thani\t1996-10-29\t2007-04-03
        Qatar\tprime minister\tHamad bin Jassim Al Thani\t2007-04-03\t2013-06-26
        Qatar\tprime minister\tAbdullah bin Nasser Al Thani\t2013-06-26\t2020-01-28
        Qatar\tprime minister\tKhalid bin Khalifa Al Thani\t2020-01-28\t2023-03-07
        Qatar\tprime minister\tMohammed bin Abdulrahman Al Thani\t2023-03-07\t
        Qatar\tforeign minister\tHamad bin Jassim Al Thani\t1992-09\t2013-06-26
        Qatar\tforeign minister\tKhalid al-Attiyah\t2013-06-26\t2016-01-27
        Qatar\tforeign minister\tMohammed bin Abdulrahman Al Thani\t2016-01-27\t
        # Russia
        Russia\tpresident\tVladimir Putin\t1999-12-31\t2008-05-07
        Russia\tpresident\tDmitry Medvedev\t2008-05-07\t2012-05-07
        Russia\tpresident\tVladimir Putin\t2012-05-07\t
        Russia\tleader\tVladimir Putin\t1999-12-31\t2008-05-07
        Russia\tleader\tDmitry Medvedev\t2008-05-07\t2012-05-07
        Russia\tleader\tVladimir Putin\t2012-05-07\t
        Russia\tprime minister\tVladimir Putin\t1999-08-16\t2000-05-07
        Russia\tprime minister\tMikhail Kasyanov\t2000-05-07\t2004-02-24
        Russia\tprime minister\tViktor Khristenko\t2004-02-24\t2004-03-05
        Russia\tprime minister\tMikhail Fradkov\t2004-03-05\t2007-09-12
        Russia\tprime minister\tViktor Zubkov\t2007-09-14\t2008-05-07
        Russia\tprime minister\tVladimir Putin\t2008-05-08\t2012-05-07
        Russia\tprime minister\tDmitry Medvedev\t2012-05-08\t2020-01-15
        Russia\tprime minister\tMikhail Mishustin\t2020-01-16\t
        Russia\tforeign minister\tIgor Ivanov\t1998-09-11\t2004-03-09
        Russia\tforeign minister\tSergei Lavrov\t2004-03-09\t
        Russia\tdefence minister\tIgor Sergeyev\t1997-05-22\t2001-03-28
        Russia\tdefence minister\tSergei Ivanov\t2001-03-28\t2007-02-15
        Russia\tdefence minister\tAnatoly Serdyukov\t2007-02-15\t2012-11-06
        Russia\tdefence minister\tSergei Shoigu\t2012-11-06\t2024-05-12
        Russia\tdefence minister\tAndrei Belousov\t2024-05-14\t
        Russia\tpresidential spokesman\tAlexei Gromov\t2000-01\t2008-05-07
        Russia\tpresidential spokesman\tNatalya Timakova\t2008-05-07\t2012-05-07
        Russia\tpresidential spokesman\tDmitry Peskov\t2012-05-22\t
        Russia\tpresidential aide\tYuri Ushakov\t2012-05\t
        Russia\tforeign ministry spokeswoman\tAlexander Lukashevich\t2011-01\t2015-08-09
        Russia\tforeign ministry spokeswoman\tMaria Zakharova\t2015-08-10\t
        Russia\tun ambassador\tVitaly Churkin\t2006-04-08\t2017-02-20
        Russia\tun ambassador\tVasily Nebenzia\t2017-07-27\t
        # Saudi Arabia (the king was also prime minister until 2022-09-27)
        Saudi Arabia\tking\tFahd bin Abdulaziz\t1982-06-13\t2005-08-01
        Saudi Arabia\tking\tAbdullah bin Abdulaziz\t2005-08-01\t2015-01-23
        Saudi Arabia\tking\tSalman bin Abdulaziz\t2015-01-23\t
        Saudi Arabia\tleader\tFahd bin Abdulaziz\t1982-06-13\t2005-08-01
        Saudi Arabia\tleader\tAbdullah bin Abdulaziz\t2005-08-01\t2015-01-23
        Saudi Arabia\tleader\tSalman bin Abdulaziz\t2015-01-23\t
        Saudi Arabia\tcrown prince\tAbdullah bin Abdulaziz\t1982-06-13\t2005-08-01
        Saudi Arabia\tcrown prince\tSultan bin Abdulaziz\t2005-08-01\t2011-10-22
        Saudi Arabia\tcrown prince\tNayef bin Abdulaziz\t2011-10-27\t2012-06-16
        Saudi Arabia\tcrown prince\tSalman bin Abdulaziz\t2012-06-18\t2015-01-23
        Saudi Arabia\tcrown prince\tMuqrin bin Abdulaziz\t2015-01-23\t2015-04-29
        Saudi Arabia\tcrown prince\tMohammed bin Nayef\t2015-04-29\t2017-06-21
        Saudi Arabia\tcrown prince\tMohammed bin Salman\t2017-06-21\t
        Saudi Arabia\tprime minister\tFahd bin Abdulaziz\t1982-06-13\t2005-08-01
        Saudi Arabia\tprime minister\tAbdullah bin Abdulaziz\t2005-08-01\t2015-01-23
        Saudi Arabia\tprime minister\tSalman bin Abdulaziz\t2015-01-23\t2022-09-27
        Saudi Arabia\tprime minister\tMohammed bin Salman\t2022-09-27\t
        Saudi Arabia\tforeign minister\tSaud al-Faisal\t1975-10-13\t2015-04-29
        Saudi Arabia\tforeign minister\tAdel al-Jubeir\t2015-04-29\t2018-12-27
        Saudi Arabia\tforeign minister\tIbrahim al-Assaf\t2018-12-27\t2019-10-23
        Saudi Arabia\tforeign minister\tFaisal bin Farhan\t2019-10-23\t
        # South Africa (foreign minister = minister of international relations and cooperation)
        South Africa\tpresident\tThabo Mbeki\t1999-06-16\t2008-09-24
        South Africa\tpresident\tKgalema Motlanthe\t2008-09-25\t2009-05-09
        South Africa\tpresident\tJacob Zuma\t2009-05-09\t2018-02-14
        South Africa\tpresident\tCyril Ramaphosa\t2018-02-15\t
        South Africa\tleader\tThabo Mbeki\t1999-06-16\t2008-09-24
        South Africa\tleader\tKgalema Motlanthe\t2008-09-25\t2009-05-09
        South Africa\tleader\tJacob Zuma\t2009-05-09\t2018-02-14
        South Africa\tleader\tCyril Ramaphosa\t2018-02-15\t
        South Africa\tforeign minister\tNkosazana Dlamini-Zuma\t1999-06\t2009-05-10
        South Africa\tforeign minister\tMaite Nkoana-Mashabane\t2009-05-10\t2018-02-26
        South Africa\tforeign minister\tLindiwe Sisulu\t2018-02-27\t2019-05-30
        South Africa\tforeign minister\tNaledi Pandor\t2019-05-30\t2024-07-03
        South Africa\tforeign minister\tRonald Lamola\t2024-07-03\t
        # South Korea (acting presidents and prime ministers left out)
        South Korea\tpresident\tKim Dae-jung\t1998-02-25\t2003-02-25
        South Korea\tpresident\tRoh Moo-hyun\t2003-02-25\t2008-02-25
        South Korea\tpresident\tLee Myung-bak\t2008-02-25\t2013-02-25
        South Korea\tpresident\tPark Geun-hye\t2013-02-25\t2017-03-10
        South Korea\tpresident\tMoon Jae-in\t2017-05-10\t2022-05-10
        South Korea\tpresident\tYoon Suk Yeol\t2022-05-10\t2025-04-04
        South Korea\tpresident\tLee Jae-myung\t2025-06-04\t
        South Korea\tleader\tKim Dae-jung\t1998-02-25\t2003-02-25
        South Korea\tleader\tRoh Moo-hyun\t2003-02-25\t2008-02-25
        South Korea\tleader\tLee Myung-bak\t2008-02-25\t2013-02-25
        South Korea\tleader\tPark Geun-hye\t2013-02-25\t2017-03-10
        South Korea\tleader\tMoon Jae-in\t2017-05-10\t2022-05-10
        South Korea\tleader\tYoon Suk Yeol\t2022-05-10\t2025-04-04
        South Korea\tleader\tLee Jae-myung\t2025-06-04\t
        South Korea\tprime minister\tKim Jong-pil\t1998-03-03\t2000-01-11
        South Korea\tprime minister\tPark Tae-joon\t2000-01-13\t2000-05-19
        South Korea\tprime minister\tLee Han-dong\t2000-06-29\t2002-07-11
        South Korea\tprime minister\tKim Suk-soo\t2002-10\t2003-02-26
        South Korea\tprime minister\tGoh Kun\t2003-02-27\t2004-05-24
        South Korea\tprime minister\tLee Hae-chan\t2004-06-30\t2006-03-15
        South Korea\tprime minister\tHan Myeong-sook\t2006-04-20\t2007-03-07
        South Korea\tprime minister\tHan Duck-soo\t2007-04-03\t2008-02-29
        South Korea\tprime minister\tHan Seung-soo\t2008-02-29\t2009-09-28
        South Korea\tprime minister\tChung Un-chan\t2009-09-29\t2010-08-11
        South Korea\tprime minister\tKim Hwang-sik\t2010-10-01\t2013-02-26
        South Korea\tprime minister\tChung Hong-won\t2013-02-26\t2015-02-16
        South Korea\tprime minister\tLee Wan-koo\t2015-02-17\t2015-04-27
        South Korea\tprime minister\tHwang Kyo-ahn\t2015-06-18\t2017-05-11
        South Korea\tprime minister\tLee Nak-yon\t2017-05-31\t2020-01-14
        South Korea\tprime minister\tChung Sye-kyun\t2020-01-14\t2021-04-16
        South Korea\tprime minister\tKim Boo-kyum\t2021-05-14\t2022-05-10
        South Korea\tprime minister\tHan Duck-soo\t2022-05-21\t2025-05-01
        South Korea\tprime minister\tKim Min-seok\t2025-07-03\t
        South Korea\tforeign minister\tHong Soon-young\t1998-08\t2000-01
        South Korea\tforeign minister\tLee Joung-binn\t2000-01\t2001-03
        South Korea\tforeign minister\tHan Seung-soo\t2001-03\t2002-02
        South Korea\tforeign minister\tChoi Sung-hong\t2002-02\t2003-02
        South Korea\tforeign minister\tYoon Young-kwan\t2003-02\t2004-01
        South Korea\tforeign minister\tBan Ki-moon\t2004-01\t2006-11
        South Korea\tforeign minister\tSong Min-soon\t2006-12-01\t2008-02-29
        South Korea\tforeign minister\tYu Myung-hwan\t2008-02-29\t2010-09
        South Korea\tforeign minister\tKim Sung-hwan\t2010-10\t2013-03-11
        South Korea\tforeign minister\tYun Byung-se\t2013-03-11\t2017-06-18
        South Korea\tforeign minister\tKang Kyung-wha\t2017-06-18\t2021-02-08
        South Korea\tforeign minister\tChung Eui-yong\t2021-02-09\t2022-05-11
        South Korea\tforeign minister\tPark Jin\t2022-05-12\t2024-01-10
        South Korea\tforeign minister\tCho Tae-yul\t2024-01-10\t2025-07-21
        South Korea\tforeign minister\tCho Hyun\t2025-07-21\t
        # Turkey (the office of prime minister was abolished on 2018-07-09)
        Turkey\tpresident\tSüleyman Demirel\t1993-05-16\t2000-05-16
        Turkey\tpresident\tAhmet Necdet Sezer\t2000-05-16\t2007-08-28
        Turkey\tpresident\tAbdullah Gül\t2007-08-28\t2014-08-28
        Turkey\tpresident\tRecep Tayyip Erdoğan\t2014-08-28\t
        Turkey\tprime minister\tBülent Ecevit\t1999-01-11\t2002-11-18
        Turkey\tprime minister\tAbdullah Gül\t2002-11-18\t2003-03-14
        Turkey\tprime minister\tRecep Tayyip Erdoğan\t2003-03-14\t2014-08-28
        Turkey\tprime minister\tAhmet Davutoğlu\t2014-08-28\t2016-05-24
        Turkey\tprime minister\tBinali Yıldırım\t2016-05-24\t2018-07-09
        Turkey\tleader\tBülent Ecevit\t1999-01-11\t2002-11-18
        Turkey\tleader\tAbdullah Gül\t2002-11-18\t2003-03-14
        Turkey\tleader\tRecep Tayyip Erdoğan\t2003-03-14\t
        Turkey\tforeign minister\tİsmail Cem\t1997-06-30\t2002-07-11
        Turkey\tforeign minister\tŞükrü Sina Gürel\t2002-07-11\t2002-11-18
        Turkey\tforeign minister\tYaşar Yakış\t2002-11-18\t2003-03-14
        Turkey\tforeign minister\tAbdullah Gül\t2003-03-14\t2007-08-28
        Turkey\tforeign minister\tAli Babacan\t2007-08-29\t2009-05-01
        Turkey\tforeign minister\tAhmet Davutoğlu\t2009-05-01\t2014-08-29
        Turkey\tforeign minister\tMevlüt Çavuşoğlu\t2014-08-29\t2015-08-28
        Turkey\tforeign minister\tFeridun Sinirlioğlu\t2015-08-28\t2015-11-24
        Turkey\tforeign minister\tMevlüt Çavuşoğlu\t2015-11-24\t2023-06-03
        Turkey\tforeign minister\tHakan Fidan\t2023-06-03\t
        Turkey\tdefence minister\tSabahattin Çakmakoğlu\t1999-05-28\t2002-11-18
        Turkey\tdefence minister\tVecdi Gönül\t2002-11-18\t2011-07-06
        Turkey\tdefence minister\tİsmet Yılmaz\t2011-07-06\t2015-08-28
        Turkey\tdefence minister\tVecdi Gönül\t2015-08-28\t2015-11-24
        Turkey\tdefence minister\tİsmet Yılmaz\t2015-11-24\t2016-05-24
        Turkey\tdefence minister\tFikri Işık\t2016-05-24\t2017-07-19
        Turkey\tdefence minister\tNurettin Canikli\t2017-07-19\t2018-07-10
        Turkey\tdefence minister\tHulusi Akar\t2018-07-10\t2023-06-03
        Turkey\tdefence minister\tYaşar Güler\t2023-06-03\t
        # Ukraine
        Ukraine\tpresident\tLeonid Kuchma\t1994-07-19\t2005-01-23
        Ukraine\tpresident\tViktor Yushchenko\t2005-01-23\t2010-02-25
        Ukraine\tpresident\tViktor Yanukovych\t2010-02-25\t2014-02-22
        Ukraine\tpresident\tOleksandr Turchynov\t2014-02-23\t2014-06-07
        Ukraine\tpresident\tPetro Poroshenko\t2014-06-07\t2019-05-20
        Ukraine\tpresident\tVolodymyr Zelensky\t2019-05-20\t
        Ukraine\tleader\tLeonid Kuchma\t1994-07-19\t2005-01-23
        Ukraine\tleader\tViktor Yushchenko\t2005-01-23\t2010-02-25
        Ukraine\tleader\tViktor Yanukovych\t2010-02-25\t2014-02-22
        Ukraine\tleader\tOleksandr Turchynov\t2014-02-23\t2014-06-07
        Ukraine\tleader\tPetro Poroshenko\t2014-06-07\t2019-05-20
        Ukraine\tleader\tVolodymyr Zelensky\t2019-05-20\t
        Ukraine\tprime minister\tViktor Yushchenko\t1999-12-22\t2001-05-29
        Ukraine\tprime minister\tAnatoliy Kinakh\t2001-05-29\t2002-11-21
        Ukraine\tprime minister\tViktor Yanukovych\t2002-11-21\t2005-01-05
        Ukraine\tprime minister\tYulia Tymoshenko\t2005-01-24\t2005-09-08
        Ukraine\tprime minister\tYuriy Yekhanurov\t2005-09-08\t2006-08-04
        Ukraine\tprime minister\tViktor Yanukovych\t2006-08-04\t2007-12-18
        Ukraine\tprime minister\tYulia Tymoshenko\t2007-12-18\t2010-03-03
        Ukraine\tprime minister\tMykola Azarov\t2010-03-11\t2014-01-28
        Ukraine\tprime minister\tArseniy Yatsenyuk\t2014-02-27\t2016-04-14
        Ukraine\tprime minister\tVolodymyr Groysman\t2016-04-14\t2019-08-29
        Ukraine\tprime minister\tOleksiy Honcharuk\t2019-08-29\t2020-03-04
        Ukraine\tprime minister\tDenys Shmyhal\t2020-03-04\t2025-07-16
        Ukraine\tprime minister\tYulia Svyrydenko\t2025-07-17\t
        Ukraine\tforeign minister\tBorys Tarasyuk\t1998-04-17\t2000-09-29
        Ukraine\tforeign minister\tAnatoliy Zlenko\t2000-10-02\t2003-09-02
        Ukraine\tforeign minister\tKostyantyn Gryshchenko\t2003-09-02\t2005-02-03
        Ukraine\tforeign minister\tBorys Tarasyuk\t2005-02-04\t2007-01-30
        Ukraine\tforeign minister\tVolodymyr Ohryzko\t2007-03-21\t2009-03-03
        Ukraine\tforeign minister\tPetro Poroshenko\t2009-10-09\t2010-03-11
        Ukraine\tforeign minister\tKostyantyn Gryshchenko\t2010-03-11\t2012-12-24
        Ukraine\tforeign minister\tLeonid Kozhara\t2012-12-24\t2014-02-23
        Ukraine\tforeign minister\tAndrii Deshchytsia\t2014-02-27\t2014-06-19
        Ukraine\tforeign minister\tPavlo Klimkin\t2014-06-19\t2019-08-29
        Ukraine\tforeign minister\tVadym Prystaiko\t2019-08-29\t2020-03-04
        Ukraine\tforeign minister\tDmytro Kuleba\t2020-03-04\t2024-09-04
        Ukraine\tforeign minister\tAndrii Sybiha\t2024-09-05\t
        Ukraine\tdefence minister\tOleksandr Kuzmuk\t1996-07\t2001-05
        Ukraine\tdefence minister\tVolodymyr Shkidchenko\t2001-05\t2003-06
        Ukraine\tdefence minister\tYevhen Marchuk\t2003-06\t2004-09
        Ukraine\tdefence minister\tOleksandr Kuzmuk\t2004-09\t2005-02-04
        Ukraine\tdefence minister\tAnatoliy Hrytsenko\t2005-02-04\t2007-12-18
        Ukraine\tdefence minister\tYuriy Yekhanurov\t2007-12-18\t2009-06
        Ukraine\tdefence minister\tMykhailo Yezhel\t2010-03-11\t2012-02-08
        Ukraine\tdefence minister\tDmytro Salamatin\t2012-02-08\t2012-12-24
        Ukraine\tdefence minister\tPavlo Lebedev\t2012-12-24\t2014-02-27
        Ukraine\tdefence minister\tIhor Tenyukh\t2014-02-27\t2014-03-25
        Ukraine\tdefence minister\tMykhailo Koval\t2014-03-25\t2014-07-03
        Ukraine\tdefence minister\tValeriy Heletey\t2014-07-03\t2014-10-14
        Ukraine\tdefence minister\tStepan Poltorak\t2014-10-14\t2019-08-29
        Ukraine\tdefence minister\tAndriy Zagorodnyuk\t2019-08-29\t2020-03-04
        Ukraine\tdefence minister\tAndriy Taran\t2020-03-04\t2021-11-03
        Ukraine\tdefence minister\tOleksii Reznikov\t2021-11-04\t2023-09-05
        Ukraine\tdefence minister\tRustem Umerov\t2023-09-06\t2025-07-17
        Ukraine\tdefence minister\tDenys Shmyhal\t2025-07-17\t
        # United Kingdom
        United Kingdom\tqueen\tElizabeth II\t1952-02-06\t2022-09-08
        United Kingdom\tking\tCharles III\t2022-09-08\t
        United Kingdom\tprime minister\tTony Blair\t1997-05-02\t2007-06-27
        United Kingdom\tprime minister\tGordon Brown\t2007-06-27\t2010-05-11
        United Kingdom\tprime minister\tDavid Cameron\t2010-05-11\t2016-07-13
        United Kingdom\tprime minister\tTheresa May\t2016-07-13\t2019-07-24
        United Kingdom\tprime minister\tBoris Johnson\t2019-07-24\t2022-09-06
        United Kingdom\tprime minister\tLiz Truss\t2022-09-06\t2022-10-25
        United Kingdom\tprime minister\tRishi Sunak\t2022-10-25\t2024-07-05
        United Kingdom\tprime minister\tKeir Starmer\t2024-07-05\t
        United Kingdom\tleader\tTony Blair\t1997-05-02\t2007-06-27
        United Kingdom\tleader\tGordon Brown\t2007-06-27\t2010-05-11
        United Kingdom\tleader\tDavid Cameron\t2010-05-11\t2016-07-13
        United Kingdom\tleader\tTheresa May\t2016-07-13\t2019-07-24
        United Kingdom\tleader\tBoris Johnson\t2019-07-24\t2022-09-06
        United Kingdom\tleader\tLiz Truss\t2022-09-06\t2022-10-25
        United Kingdom\tleader\tRishi Sunak\t2022-10-25\t2024-07-05
        United Kingdom\tleader\tKeir Starmer\t2024-07-05\t
        United Kingdom\tforeign minister\tRobin Cook\t1997-05-02\t2001-06-08
        United Kingdom\tforeign minister\tJack Straw\t2001-06-08\t2006-05-05
        United Kingdom\tforeign minister\tMargaret Beckett\t2006-05-05\t2007-06-28
        United Kingdom\tforeign minister\tDavid Miliband\t2007-06-28\t2010-05-11
        United Kingdom\tforeign minister\tWilliam Hague\t2010-05-12\t2014-07-14
        United Kingdom\tforeign minister\tPhilip Hammond\t2014-07-15\t2016-07-13
        United Kingdom\tforeign minister\tBoris Johnson\t2016-07-13\t2018-07-09
        United Kingdom\tforeign minister\tJeremy Hunt\t2018-07-09\t2019-07-24
        United Kingdom\tforeign minister\tDominic Raab\t2019-07-24\t2021-09-15
        United Kingdom\tforeign minister\tLiz Truss\t2021-09-15\t2022-09-06
        United Kingdom\tforeign minister\tJames Cleverly\t2022-09-06\t2023-11-13
        United Kingdom\tforeign minister\tDavid Cameron\t2023-11-13\t2024-07-05
        United Kingdom\tforeign minister\tDavid Lammy\t2024-07-05\t2025-09-05
        United Kingdom\tforeign minister\tYvette Cooper\t2025-09-05\t
        United Kingdom\tdefence minister\tGeoff Hoon\t1999-10-11\t2005-05-06
        United Kingdom\tdefence minister\tJohn Reid\t2005-05-06\t2006-05-05
        United Kingdom\tdefence minister\tDes Browne\t2006-05-05\t2008-10-03
        United Kingdom\tdefence minister\tJohn Hutton\t2008-10-03\t2009-06-05
        United Kingdom\tdefence minister\tBob Ainsworth\t2009-06-05\t2010-05-11
        United Kingdom\tdefence minister\tLiam Fox\t2010-05-12\t2011-10-14
        United Kingdom\tdefence minister\tPhilip Hammond\t2011-10-14\t2014-07-15
        United Kingdom\tdefence minister\tMichael Fallon\t2014-07-15\t2017-11-01
        United Kingdom\tdefence minister\tGavin Williamson\t2017-11-02\t2019-05-01
        United Kingdom\tdefence minister\tPenny Mordaunt\t2019-05-01\t2019-07-24
        United Kingdom\tdefence minister\tBen Wallace\t2019-07-24\t2023-08-31
        United Kingdom\tdefence minister\tGrant Shapps\t2023-08-31\t2024-07-05
        United Kingdom\tdefence minister\tJohn Healey\t2024-07-05\t
        # United States (foreign minister = Secretary of State; defence minister = Secretary of Defense)
        United States\tpresident\tBill Clinton\t1993-01-20\t2001-01-20
        United States\tpresident\tGeorge W. Bush\t2001-01-20\t2009-01-20
        United States\tpresident\tBarack Obama\t2009-01-20\t2017-01-20
        United States\tpresident\tDonald Trump\t2017-01-20\t2021-01-20
        United States\tpresident\tJoe Biden\t2021-01-20\t2025-01-20
        United States\tpresident\tDonald Trump\t2025-01-20\t
        United States\tleader\tBill Clinton\t1993-01-20\t2001-01-20
        United States\tleader\tGeorge W. Bush\t2001-01-20\t2009-01-20
        United States\tleader\tBarack Obama\t2009-01-20\t2017-01-20
        United States\tleader\tDonald Trump\t2017-01-20\t2021-01-20
        United States\tleader\tJoe Biden\t2021-01-20\t2025-01-20
        United States\tleader\tDonald Trump\t2025-01-20\t
        United States\tvice president\tAl Gore\t1993-01-20\t2001-01-20
        United States\tvice president\tDick Cheney\t2001-01-20\t2009-01-20
        United States\tvice president\tJoe Biden\t2009-01-20\t2017-01-20
        United States\tvice president\tMike Pence\t2017-01-20\t2021-01-20
        United States\tvice president\tKamala Harris\t2021-01-20\t2025-01-20
        United States\tvice president\tJD Vance\t2025-01-20\t
        United States\tforeign minister\tMadeleine Albright\t1997-01-23\t2001-01-20
        United States\tforeign minister\tColin Powell\t2001-01-20\t2005-01-26
        United States\tforeign minister\tCondoleezza Rice\t2005-01-26\t2009-01-20
        United States\tforeign minister\tHillary Clinton\t2009-01-21\t2013-02-01
        United States\tforeign minister\tJohn Kerry\t2013-02-01\t2017-01-20
        United States\tforeign minister\tRex Tillerson\t2017-02-01\t2018-03-31
        United States\tforeign minister\tMike Pompeo\t2018-04-26\t2021-01-20
        United States\tforeign minister\tAntony Blinken\t2021-01-26\t2025-01-20
        United States\tforeign minister\tMarco Rubio\t2025-01-21\t
        United States\tdefence minister\tWilliam Cohen\t1997-01-24\t2001-01-20
        United States\tdefence minister\tDonald Rumsfeld\t2001-01-20\t2006-12-18
        United States\tdefence minister\tRobert Gates\t2006-12-18\t2011-07-01
        United States\tdefence minister\tLeon Panetta\t2011-07-01\t2013-02-26
        United States\tdefence minister\tChuck Hagel\t2013-02-27\t2015-02-17
        United States\tdefence minister\tAsh Carter\t2015-02-17\t2017-01-20
        United States\tdefence minister\tJim Mattis\t2017-01-20\t2018-12-31
        United States\tdefence minister\tPatrick Shanahan\t2019-01-01\t2019-06-23
        United States\tdefence minister\tMark Esper\t2019-06-24\t2019-07-15
        United States\tdefence minister\tRichard Spencer\t2019-07-15\t2019-07-23
        United States\tdefence minister\tMark Esper\t2019-07-23\t2020-11-09
        United States\tdefence minister\tChristopher Miller\t2020-11-09\t2021-01-20
        United States\tdefence minister\tLloyd Austin\t2021-01-22\t2025-01-20
        United States\tdefence minister\tPete Hegseth\t2025-01-25\t
        United States\tnational security adviser\tSandy Berger\t1997-03-14\t2001-01-20
        United States\tnational security adviser\tCondoleezza Rice\t2001-01-20\t2005-01-26
        United States\tnational security adviser\tStephen Hadley\t2005-01-26\t2009-01-20
        United States\tnational security adviser\tJames L. Jones\t2009-01-20\t2010-10-08
        United States\tnational security adviser\tTom Donilon\t2010-10-08\t2013-07-01
        United States\tnational security adviser\tSusan Rice\t2013-07-01\t2017-01-20
        United States\tnational security adviser\tMichael Flynn\t2017-01-20\t2017-02-13
        United States\tnational security adviser\tKeith Kellogg\t2017-02-13\t2017-02-20
        United States\tnational security adviser\tH. R. McMaster\t2017-02-20\t2018-04-09
        United States\tnational security adviser\tJohn Bolton\t2018-04-09\t2019-09-10
        United States\tnational security adviser\tCharles Kupperman\t2019-09-10\t2019-09-18
        United States\tnational security adviser\tRobert O'Brien\t2019-09-18\t2021-01-20
        United States\tnational security adviser\tJake Sullivan\t2021-01-20\t2025-01-20
        United States\tnational security adviser\tMike Waltz\t2025-01-20\t2025-05-01
        United States\tnational security adviser\tMarco Rubio\t2025-05-01\t
        United States\tpress secretary\tJoe Lockhart\t1998-10\t2000-09-29
        United States\tpress secretary\tJake Siewert\t2000-10\t2001-01-20
        United States\tpress secretary\tAri Fleischer\t2001-01-20\t2003-07-14
        United States\tpress secretary\tScott McClellan\t2003-07-15\t2006-05-08
        United States\tpress secretary\tTony Snow\t2006-05-08\t2007-09-14
        United States\tpress secretary\tDana Perino\t2007-09-14\t2009-01-20
        United States\tpress secretary\tRobert Gibbs\t2009-01-20\t2011-02-11
        United States\tpress secretary\tJay Carney\t2011-02\t2014-06-20
        United States\tpress secretary\tJosh Earnest\t2014-06-20\t2017-01-20
        United States\tpress secretary\tSean Spicer\t2017-01-20\t2017-07-21
        United States\tpress secretary\tSarah Sanders\t2017-07-21\t2019-07-01
        United States\tpress secretary\tStephanie Grisham\t2019-07-01\t2020-04-07
        United States\tpress secretary\tKayleigh McEnany\t2020-04-07\t2021-01-20
        United States\tpress secretary\tJen Psaki\t2021-01-20\t2022-05-13
        United States\tpress secretary\tKarine Jean-Pierre\t2022-05-13\t2025-01-20
        United States\tpress secretary\tKaroline Leavitt\t2025-01-20\t
        United States\tprincipal deputy press secretary\tBill Burton\t2009-01-20\t2011-02
        United States\tprincipal deputy press secretary\tJosh Earnest\t2011-02\t2014-06-20
        United States\tprincipal deputy press secretary\tEric Schultz\t2014-06\t2017-01-20
        United States\tdeputy national security adviser\tBen Rhodes\t2009-01-20\t2017-01-20
        United States\tcommunications director\tJen Psaki\t2015-04\t2017-01-20
        United States\tstate department spokesperson\tJen Psaki\t2013-02\t2015-03
        United States\tstate department spokesperson\tJohn Kirby\t2015-05\t2017-01-20
        United States\tstate department spokesperson\tNed Price\t2021-01-20\t2023-03
        United States\tstate department spokesperson\tMatthew Miller\t2023-05\t2025-01-20
        United States\tun ambassador\tSusan Rice\t2009-01-22\t2013-06-30
        United States\tun ambassador\tSamantha Power\t2013-08-05\t2017-01-20
        United States\tun ambassador\tNikki Haley\t2017-01-27\t2018-12-31
        United States\tun ambassador\tKelly Craft\t2019-09-12\t2021-01-20
        United States\tun ambassador\tLinda Thomas-Greenfield\t2021-02-25\t2025-01-20
        # United Nations
        United Nations\tsecretary-general\tKofi Annan\t1997-01-01\t2006-12-31
        United Nations\tsecretary-general\tBan Ki-moon\t2007-01-01\t2016-12-31
        United Nations\tsecretary-general\tAntónio Guterres\t2017-01-01\t
        # NATO
        NATO\tsecretary-general\tGeorge Robertson\t1999-10-14\t2003-12-17
        NATO\tsecretary-general\tJaap de Hoop Scheffer\t2004-01-01\t2009-08-01
        NATO\tsecretary-general\tAnders Fogh Rasmussen\t2009-08-01\t2014-10-01
        NATO\tsecretary-general\tJens Stoltenberg\t2014-10-01\t2024-10-01
        NATO\tsecretary-general\tMark Rutte\t2024-10-01\t
        # European Union
        European Union\thigh representative\tJavier Solana\t1999-10-18\t2009-11-30
        European Union\thigh representative\tCatherine Ashton\t2009-12-01\t2014-10-31
        European Union\thigh representative\tFederica Mogherini\t2014-11-01\t2019-11-30
        European Union\thigh representative\tJosep Borrell\t2019-12-01\t2024-11-30
        European Union\thigh representative\tKaja Kallas\t2024-12-01\t
        European Commission\tpresident\tRomano Prodi\t1999-09-16\t2004-11-21
        European Commission\tpresident\tJosé Manuel Barroso\t2004-11-22\t2014-10-31
        European Commission\tpresident\tJean-Claude Juncker\t2014-11-01\t2019-11-30
        European Commission\tpresident\tUrsula von der Leyen\t2019-12-01\t
        European Council\tpresident\tHerman Van Rompuy\t2009-12-01\t2014-11-30
        European Council\tpresident\tDonald Tusk\t2014-12-01\t2019-11-30
        European Council\tpresident\tCharles Michel\t2019-12-01\t2024-11-30
        European Council\tpresident\tAntónio Costa\t2024-12-01\t
        European Parliament\tpresident\tNicole Fontaine\t1999-07-20\t2002-01-15
        European Parliament\tpresident\tPat Cox\t2002-01-15\t2004-07-20
        European Parliament\tpresident\tJosep Borrell\t2004-07-20\t2007-01-16
        European Parliament\tpresident\tHans-Gert Pöttering\t2007-01-16\t2009-07-14
        European Parliament\tpresident\tJerzy Buzek\t2009-07-14\t2012-01-17
        European Parliament\tpresident\tMartin Schulz\t2012-01-17\t2017-01-17
        European Parliament\tpresident\tAntonio Tajani\t2017-01-17\t2019-07-03
        European Parliament\tpresident\tDavid Sassoli\t2019-07-03\t2022-01-11
        European Parliament\tpresident\tRoberta Metsola\t2022-01-18\t
        """
}

/// Shipped gazetteer: countries, capitals, major regions and international organisations, with variants and
/// demonyms. One entry per line: kind TAB canonical TAB variants (separated by |) TAB demonyms (separated by |).
/// `kind` is `place` or `organization`. Written for Parley; facts, not text from any source.
enum GazetteerData {
    static let entries = """
        place\tAfghanistan\tIslamic Republic of Afghanistan\tAfghan|Afghans
        place\tKabul\t\t
        place\tAlbania\t\tAlbanian|Albanians
        place\tTirana\tTiranë\t
        place\tAlgeria\t\tAlgerian|Algerians
        place\tAlgiers\t\t
        place\tAndorra\t\tAndorran|Andorrans
        place\tAndorra la Vella\t\t
        place\tAngola\t\tAngolan|Angolans
        place\tLuanda\t\t
        place\tAntigua and Barbuda\tAntigua\tAntiguan|Antiguans|Barbudan|Barbudans
        place\tSt. John's\tSaint John's|St John's\t
        place\tArgentina\tArgentine Republic\tArgentine|Argentines|Argentinian|Argentinians
        place\tBuenos Aires\t\t
        place\tArmenia\t\tArmenian|Armenians
        place\tYerevan\tErevan\t
        place\tAustralia\tCommonwealth of Australia\tAustralian|Australians|Aussie|Aussies
        place\tCanberra\t\t
        place\tAustria\t\tAustrian|Austrians
        place\tVienna\tWien\t
        place\tAzerbaijan\t\tAzerbaijani|Azerbaijanis|Azeri|Azeris
        place\tBaku\t\t
        place\tBahamas\tThe Bahamas|the Bahamas\tBahamian|Bahamians
        place\tNassau\t\t
        place\tBahrain\tKingdom of Bahrain\tBahraini|Bahrainis
        place\tManama\t\t
        place\tBangladesh\t\tBangladeshi|Bangladeshis
        place\tDhaka\tDacca\t
        place\tBarbados\t\tBarbadian|Barbadians|Bajan|Bajans
        place\tBridgetown\t\t
        place\tBelarus\tByelorussia|Belorussia|Republic of Belarus\tBelarusian|Belarusians|Belarusan|Byelorussian
        place\tMinsk\t\t
        place\tBelgium\t\tBelgian|Belgians
        place\tBrussels\tBruxelles|Brussel\t
        place\tBelize\t\tBelizean|Belizeans
        place\tBelmopan\t\t
        place\tBenin\t\tBeninese|Beninois
        place\tPorto-Novo\tPorto Novo\t
        place\tCotonou\t\t
        place\tBhutan\t\tBhutanese
        place\tThimphu\t\t
        place\tBolivia\tPlurinational State of Bolivia\tBolivian|Bolivians
        place\tLa Paz\t\t
        place\tSucre\t\t
        place\tBosnia and Herzegovina\tBosnia|Bosnia-Herzegovina|BiH\tBosnian|Bosnians
        place\tSarajevo\t\t
        place\tBotswana\t\tMotswana|Batswana
        place\tGaborone\t\t
        place\tBrazil\tFederative Republic of Brazil\tBrazilian|Brazilians
        place\tBrasília\tBrasilia\t
        place\tBrunei\tBrunei Darussalam\tBruneian|Bruneians
        place\tBandar Seri Begawan\t\t
        place\tBulgaria\t\tBulgarian|Bulgarians
        place\tSofia\t\t
        place\tBurkina Faso\tBurkina\tBurkinabe|Burkinabè
        place\tOuagadougou\t\t
        place\tBurundi\t\tBurundian|Burundians
        place\tGitega\t\t
        place\tBujumbura\t\t
        place\tCape Verde\tCabo Verde\tCape Verdean|Cape Verdeans|Cabo Verdean|Cabo Verdeans
        place\tPraia\t\t
        place\tCambodia\tKampuchea\tCambodian|Cambodians
        place\tPhnom Penh\t\t
        place\tCameroon\t\tCameroonian|Cameroonians
        place\tYaoundé\tYaounde\t
        place\tCanada\t\tCanadian|Canadians
        place\tOttawa\t\t
        place\tCentral African Republic\t\tCentral African|Central Africans
        place\tBangui\t\t
        place\tChad\t\tChadian|Chadians
        place\tN'Djamena\tNdjamena|N'Djaména\t
        place\tChile\t\tChilean|Chileans
        place\tChina\tPeople's Republic of China|PRC|Mainland China\tChinese
        place\tBeijing\tPeking\t
        place\tColombia\t\tColombian|Colombians
        place\tBogotá\tBogota\t
        place\tComoros\tthe Comoros|Union of the Comoros\tComorian|Comorians
        place\tMoroni\t\t
        place\tDemocratic Republic of the Congo\tDR Congo|D.R. Congo|DRC|Democratic Republic of Congo|Congo-Kinshasa|Congo|Zaire\tCongolese
        place\tKinshasa\t\t
        place\tRepublic of the Congo\tRepublic of Congo|Congo-Brazzaville|Congo Republic\t
        place\tBrazzaville\t\t
        place\tCosta Rica\t\tCosta Rican|Costa Ricans
        place\tSan José\tSan Jose\t
        place\tIvory Coast\tCôte d'Ivoire|Cote d'Ivoire\tIvorian|Ivorians
        place\tYamoussoukro\t\t
        place\tAbidjan\t\t
        place\tCroatia\t\tCroatian|Croatians|Croat|Croats
        place\tZagreb\t\t
        place\tCuba\t\tCuban|Cubans
        place\tHavana\tLa Habana\t
        place\tCyprus\tRepublic of Cyprus\tCypriot|Cypriots
        place\tNicosia\tLefkosia\t
        place\tCzech Republic\tCzechia\tCzech|Czechs
        place\tPrague\tPraha\t
        place\tDenmark\t\tDanish|Dane|Danes
        place\tCopenhagen\t\t
        place\tDjibouti\t\tDjiboutian|Djiboutians
        place\tDjibouti City\t\t
        place\tDominica\tCommonwealth of Dominica\t
        place\tRoseau\t\t
        place\tDominican Republic\t\tDominican|Dominicans
        place\tSanto Domingo\t\t
        place\tEast Timor\tTimor-Leste|Timor Leste\tTimorese|East Timorese
        place\tDili\t\t
        place\tEcuador\t\tEcuadorian|Ecuadorians|Ecuadoran|Ecuadorans
        place\tQuito\t\t
        place\tEgypt\tArab Republic of Egypt\tEgyptian|Egyptians
        place\tCairo\t\t
        place\tEl Salvador\t\tSalvadoran|Salvadorans|Salvadorian|Salvadorians
        place\tSan Salvador\t\t
        place\tEquatorial Guinea\t\tEquatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans
        place\tMalabo\t\t
        place\tEritrea\t\tEritrean|Eritreans
        place\tAsmara\t\t
        place\tEstonia\t\tEstonian|Estonians
        place\tTallinn\t\t
        place\tEswatini\tSwaziland|Kingdom of Eswatini\tSwazi|Swazis
        place\tMbabane\t\t
        place\tLobamba\t\t
        place\tEthiopia\t\tEthiopian|Ethiopians
        place\tAddis Ababa\t\t
        place\tFiji\t\tFijian|Fijians
        place\tSuva\t\t
        place\tFinland\t\tFinnish|Finns
        place\tHelsinki\t\t
        place\tFrance\tFrench Republic\tFrench|Frenchman|Frenchwoman|Frenchmen|Frenchwomen
        place\tParis\t\t
        place\tGabon\t\tGabonese
        place\tLibreville\t\t
        place\tGambia\tThe Gambia|the Gambia\tGambian|Gambians
        place\tBanjul\t\t
        place\tGeorgia\t\tGeorgian|Georgians
        place\tTbilisi\tTiflis\t
        place\tGermany\tFederal Republic of Germany\tGerman|Germans
        place\tBerlin\t\t
        place\tGhana\t\tGhanaian|Ghanaians
        place\tAccra\t\t
        place\tGreece\tHellenic Republic\tGreek|Greeks
        place\tAthens\t\t
        place\tGrenada\t\tGrenadian|Grenadians
        place\tSt. George's\tSaint George's|St George's\t
        place\tGuatemala\t\tGuatemalan|Guatemalans
        place\tGuatemala City\t\t
        place\tGuinea\tGuinea-Conakry\tGuinean|Guineans
        place\tConakry\t\t
        place\tGuinea-Bissau\tGuinea Bissau\tBissau-Guinean|Bissau-Guineans
        place\tBissau\t\t
        place\tGuyana\t\tGuyanese
        place\tGeorgetown\t\t
        place\tHaiti\t\tHaitian|Haitians
        place\tPort-au-Prince\tPort au Prince\t
        place\tHonduras\t\tHonduran|Hondurans
        place\tTegucigalpa\t\t
        place\tHungary\t\tHungarian|Hungarians
        place\tBudapest\t\t
        place\tIceland\t\tIcelandic|Icelander|Icelanders
        place\tReykjavik\tReykjavík\t
        place\tIndia\tRepublic of India|Bharat\tIndian|Indians
        place\tNew Delhi\t\t
        place\tIndonesia\t\tIndonesian|Indonesians
        place\tJakarta\t\t
        place\tIran\tIslamic Republic of Iran|Persia\tIranian|Iranians
        place\tTehran\tTeheran\t
        place\tIraq\t\tIraqi|Iraqis
        place\tBaghdad\t\t
        place\tIreland\tRepublic of Ireland|Eire|Éire\tIrish|Irishman|Irishwoman
        place\tDublin\t\t
        place\tIsrael\tState of Israel\tIsraeli|Israelis
        place\tJerusalem\t\t
        place\tItaly\tItalian Republic\tItalian|Italians
        place\tRome\t\t
        place\tJamaica\t\tJamaican|Jamaicans
        place\tKingston\t\t
        place\tJapan\t\tJapanese
        place\tTokyo\t\t
        place\tJordan\tHashemite Kingdom of Jordan\tJordanian|Jordanians
        place\tAmman\t\t
        place\tKazakhstan\tKazakstan\tKazakh|Kazakhs|Kazakhstani|Kazakhstanis
        place\tAstana\tNur-Sultan\t
        place\tKenya\t\tKenyan|Kenyans
        place\tNairobi\t\t
        place\tKiribati\t\tI-Kiribati
        place\tSouth Tarawa\tTarawa\t
        place\tKuwait\tState of Kuwait\tKuwaiti|Kuwaitis
        place\tKuwait City\t\t
        place\tKyrgyzstan\tKyrgyz Republic|Kirghizia\tKyrgyz|Kyrgyzstani|Kyrgyzstanis
        place\tBishkek\t\t
        place\tLaos\tLao PDR|Lao People's Democratic Republic\tLaotian|Laotians
        place\tVientiane\t\t
        place\tLatvia\t\tLatvian|Latvians
        place\tRiga\t\t
        place\tLebanon\t\tLebanese
        place\tBeirut\t\t
        place\tLesotho\t\tBasotho|Mosotho
        place\tMaseru\t\t
        place\tLiberia\t\tLiberian|Liberians
        place\tMonrovia\t\t
        place\tLibya\t\tLibyan|Libyans
        place\tTripoli\t\t
        place\tLiechtenstein\t\tLiechtensteiner|Liechtensteiners
        place\tVaduz\t\t
        place\tLithuania\t\tLithuanian|Lithuanians
        place\tVilnius\t\t
        place\tLuxembourg\tGrand Duchy of Luxembourg\tLuxembourger|Luxembourgers|Luxembourgish
        place\tLuxembourg City\t\t
        place\tMadagascar\t\tMalagasy
        place\tAntananarivo\tTananarive\t
        place\tMalawi\t\tMalawian|Malawians
        place\tLilongwe\t\t
        place\tMalaysia\t\tMalaysian|Malaysians
        place\tKuala Lumpur\t\t
        place\tPutrajaya\t\t
        place\tMaldives\tthe Maldives\tMaldivian|Maldivians
        place\tMalé\t\t
        place\tMali\t\tMalian|Malians
        place\tBamako\t\t
        place\tMalta\t\tMaltese
        place\tValletta\tValetta\t
        place\tMarshall Islands\t\tMarshallese
        place\tMajuro\t\t
        place\tMauritania\t\tMauritanian|Mauritanians
        place\tNouakchott\t\t
        place\tMauritius\t\tMauritian|Mauritians
        place\tPort Louis\t\t
        place\tMexico\tUnited Mexican States\tMexican|Mexicans
        place\tMexico City\t\t
        place\tMicronesia\tFederated States of Micronesia\tMicronesian|Micronesians
        place\tPalikir\t\t
        place\tMoldova\tRepublic of Moldova|Moldavia\tMoldovan|Moldovans
        place\tChișinău\tChisinau|Kishinev\t
        place\tMonaco\tPrincipality of Monaco\tMonegasque|Monégasque|Monegasques
        place\tMongolia\t\tMongolian|Mongolians
        place\tUlaanbaatar\tUlan Bator\t
        place\tMontenegro\t\tMontenegrin|Montenegrins
        place\tPodgorica\t\t
        place\tMorocco\t\tMoroccan|Moroccans
        place\tRabat\t\t
        place\tMozambique\t\tMozambican|Mozambicans
        place\tMaputo\t\t
        place\tMyanmar\tBurma\tBurmese
        place\tNaypyidaw\tNaypyitaw|Nay Pyi Taw\t
        place\tNamibia\t\tNamibian|Namibians
        place\tWindhoek\t\t
        place\tNauru\t\tNauruan|Nauruans
        place\tYaren\t\t
        place\tNepal\t\tNepali|Nepalis|Nepalese
        place\tKathmandu\t\t
        place\tNetherlands\tHolland|the Netherlands|The Netherlands\tDutch|Dutchman|Dutchwoman|Netherlander|Netherlanders
        place\tAmsterdam\t\t
        place\tThe Hague\tDen Haag\t
        place\tNew Zealand\tAotearoa\tNew Zealander|New Zealanders|Kiwi|Kiwis
        place\tWellington\t\t
        place\tNicaragua\t\tNicaraguan|Nicaraguans
        place\tManagua\t\t
        place\tNiger\t\tNigerien|Nigeriens
        place\tNiamey\t\t
        place\tNigeria\t\tNigerian|Nigerians
        place\tAbuja\t\t
        place\tNorth Korea\tDPRK|D.P.R.K.|Democratic People's Republic of Korea\tNorth Korean|North Koreans
        place\tPyongyang\t\t
        place\tNorth Macedonia\tMacedonia|Republic of North Macedonia|FYROM\tNorth Macedonian|North Macedonians|Macedonian|Macedonians
        place\tSkopje\t\t
        place\tNorway\t\tNorwegian|Norwegians
        place\tOslo\t\t
        place\tOman\tSultanate of Oman\tOmani|Omanis
        place\tMuscat\t\t
        place\tPakistan\tIslamic Republic of Pakistan\tPakistani|Pakistanis
        place\tIslamabad\t\t
        place\tPalau\t\tPalauan|Palauans
        place\tNgerulmud\t\t
        place\tPanama\t\tPanamanian|Panamanians
        place\tPanama City\t\t
        place\tPapua New Guinea\tPNG\tPapua New Guinean|Papua New Guineans
        place\tPort Moresby\t\t
        place\tParaguay\t\tParaguayan|Paraguayans
        place\tAsunción\tAsuncion\t
        place\tPeru\t\tPeruvian|Peruvians
        place\tLima\t\t
        place\tPhilippines\tthe Philippines|The Philippines\tFilipino|Filipinos|Filipina|Filipinas
        place\tManila\t\t
        place\tPoland\t\tPolish|Pole|Poles
        place\tWarsaw\tWarszawa\t
        place\tPortugal\t\tPortuguese
        place\tLisbon\tLisboa\t
        place\tQatar\tState of Qatar\tQatari|Qataris
        place\tDoha\t\t
        place\tRomania\tRumania\tRomanian|Romanians
        place\tBucharest\t\t
        place\tRussia\tRussian Federation\tRussian|Russians
        place\tMoscow\t\t
        place\tRwanda\t\tRwandan|Rwandans
        place\tKigali\t\t
        place\tSaint Kitts and Nevis\tSt Kitts and Nevis|St. Kitts and Nevis|Saint Christopher and Nevis\tKittitian|Kittitians|Nevisian|Nevisians
        place\tBasseterre\t\t
        place\tSaint Lucia\tSt Lucia|St. Lucia\tSaint Lucian|Saint Lucians
        place\tCastries\t\t
        place\tSaint Vincent and the Grenadines\tSt Vincent and the Grenadines|St. Vincent and the Grenadines\tVincentian|Vincentians
        place\tKingstown\t\t
        place\tSamoa\t\tSamoan|Samoans
        place\tApia\t\t
        place\tSan Marino\t\tSammarinese
        place\tCity of San Marino\t\t
        place\tSão Tomé and Príncipe\tSao Tome and Principe\tSantomean|Santomeans
        place\tSão Tomé\tSao Tome\t
        place\tSaudi Arabia\tKingdom of Saudi Arabia|KSA\tSaudi|Saudis
        place\tRiyadh\t\t
        place\tSenegal\t\tSenegalese
        place\tDakar\t\t
        place\tSerbia\t\tSerbian|Serbians|Serb|Serbs
        place\tBelgrade\tBeograd\t
        place\tSeychelles\tthe Seychelles\tSeychellois
        place\tSierra Leone\t\tSierra Leonean|Sierra Leoneans
        place\tFreetown\t\t
        place\tSingapore\tRepublic of Singapore\tSingaporean|Singaporeans
        place\tSlovakia\tSlovak Republic\tSlovak|Slovaks|Slovakian
        place\tBratislava\t\t
        place\tSlovenia\t\tSlovenian|Slovenians|Slovene|Slovenes
        place\tLjubljana\t\t
        place\tSolomon Islands\tSolomons\tSolomon Islander|Solomon Islanders
        place\tHoniara\t\t
        place\tSomalia\t\tSomali|Somalis
        place\tMogadishu\t\t
        place\tSouth Africa\tRepublic of South Africa\tSouth African|South Africans
        place\tPretoria\tTshwane\t
        place\tCape Town\t\t
        place\tBloemfontein\t\t
        place\tSouth Korea\tRepublic of Korea|ROK\tSouth Korean|South Koreans
        place\tSeoul\t\t
        place\tSouth Sudan\t\tSouth Sudanese
        place\tJuba\t\t
        place\tSpain\tKingdom of Spain\tSpanish|Spaniard|Spaniards
        place\tMadrid\t\t
        place\tSri Lanka\tCeylon\tSri Lankan|Sri Lankans
        place\tSri Jayawardenepura Kotte\tKotte\t
        place\tColombo\t\t
        place\tSudan\t\tSudanese
        place\tKhartoum\t\t
        place\tSuriname\tSurinam\tSurinamese
        place\tParamaribo\t\t
        place\tSweden\t\tSwedish|Swede|Swedes
        place\tStockholm\t\t
        place\tSwitzerland\tSwiss Confederation\tSwiss
        place\tBern\tBerne\t
        place\tSyria\tSyrian Arab Republic\tSyrian|Syrians
        place\tDamascus\t\t
        place\tTajikistan\t\tTajik|Tajiks|Tajikistani|Tajikistanis
        place\tDushanbe\t\t
        place\tTanzania\tUnited Republic of Tanzania\tTanzanian|Tanzanians
        place\tDodoma\t\t
        place\tDar es Salaam\t\t
        place\tThailand\tSiam\tThai|Thais
        place\tBangkok\t\t
        place\tTogo\t\tTogolese
        place\tLomé\tLome\t
        place\tTonga\t\tTongan|Tongans
        place\tNuku'alofa\tNukualofa\t
        place\tTrinidad and Tobago\tTrinidad\tTrinidadian|Trinidadians|Tobagonian|Tobagonians
        place\tPort of Spain\tPort-of-Spain\t
        place\tTunisia\t\tTunisian|Tunisians
        place\tTunis\t\t
        place\tTurkey\tTürkiye|Turkiye|Republic of Türkiye\tTurkish|Turk|Turks
        place\tAnkara\t\t
        place\tTurkmenistan\t\tTurkmen|Turkmens
        place\tAshgabat\tAshkhabad\t
        place\tTuvalu\t\tTuvaluan|Tuvaluans
        place\tFunafuti\t\t
        place\tUganda\t\tUgandan|Ugandans
        place\tKampala\t\t
        place\tUkraine\t\tUkrainian|Ukrainians
        place\tKyiv\tKiev\t
        place\tUnited Arab Emirates\tUAE|U.A.E.\tEmirati|Emiratis
        place\tAbu Dhabi\t\t
        place\tUnited Kingdom\tUK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland\tBritish|Briton|Britons
        place\tLondon\t\t
        place\tUnited States\tUS|U.S.|USA|U.S.A.|America|United States of America\tAmerican|Americans
        place\tWashington\tWashington D.C.|Washington, D.C.|Washington DC|District of Columbia\t
        place\tUruguay\t\tUruguayan|Uruguayans
        place\tMontevideo\t\t
        place\tUzbekistan\t\tUzbek|Uzbeks|Uzbekistani|Uzbekistanis
        place\tTashkent\tToshkent\t
        place\tVanuatu\t\tNi-Vanuatu
        place\tPort Vila\t\t
        place\tVenezuela\tBolivarian Republic of Venezuela\tVenezuelan|Venezuelans
        place\tCaracas\t\t
        place\tVietnam\tViet Nam\tVietnamese
        place\tHanoi\tHa Noi\t
        place\tYemen\t\tYemeni|Yemenis
        place\tSanaa\tSana'a\t
        place\tZambia\t\tZambian|Zambians
        place\tLusaka\t\t
        place\tZimbabwe\t\tZimbabwean|Zimbabweans
        place\tHarare\t\t
        place\tKosovo\tRepublic of Kosovo\tKosovar|Kosovars|Kosovan|Kosovans
        place\tPristina\tPrishtina|Prishtinë\t
        place\tTaiwan\tChinese Taipei\tTaiwanese
        place\tTaipei\t\t
        place\tPalestine\tState of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territory\tPalestinian|Palestinians
        place\tRamallah\t\t
        place\tEast Jerusalem\t\t
        place\tVatican City\tHoly See|Vatican|Vatican City State\t
        place\tWestern Sahara\tSahrawi Arab Democratic Republic|SADR\tSahrawi|Sahrawis|Saharawi|Saharawis
        place\tLaayoune\tLaâyoune|El Aaiún|El Aaiun\t
        place\tDonbas\tDonbass\t
        place\tCrimea\tCrimean Peninsula|Crimean peninsula\tCrimean|Crimeans
        place\tLuhansk\tLugansk\t
        place\tDonetsk\t\t
        place\tZaporizhzhia\tZaporizhzhya|Zaporozhye|Zaporizhia\t
        place\tKherson\t\t
        place\tKharkiv\tKharkov\t
        place\tOdesa\tOdessa\t
        place\tGaza\tGaza Strip\tGazan|Gazans
        place\tWest Bank\t\t
        place\tGolan Heights\tGolan\t
        place\tKashmir\tJammu and Kashmir\tKashmiri|Kashmiris
        place\tNagorno-Karabakh\tKarabakh|Nagorny Karabakh|Nagorno Karabakh\t
        place\tTransnistria\tTransdniestria|Transdniester|Pridnestrovie\t
        place\tAbkhazia\t\tAbkhaz|Abkhazian|Abkhazians
        place\tSouth Ossetia\t\tSouth Ossetian|South Ossetians
        place\tTibet\tXizang|Tibet Autonomous Region\tTibetan|Tibetans
        place\tXinjiang\tXinjiang Uyghur Autonomous Region|Xinjiang Uygur Autonomous Region\t
        place\tHong Kong\tHong Kong SAR\tHongkonger|Hongkongers|Hong Konger|Hong Kongers
        place\tMacau\tMacao\tMacanese
        place\tTaiwan Strait\tTaiwan Straits|Strait of Taiwan|Formosa Strait\t
        place\tSouth China Sea\t\t
        place\tEast China Sea\t\t
        place\tKorean Peninsula\tKorean peninsula\t
        place\tBalkans\tthe Balkans|Western Balkans|Balkan Peninsula\t
        place\tCaucasus\tthe Caucasus|South Caucasus|Transcaucasia\t
        place\tNorth Caucasus\t\t
        place\tMiddle East\tMideast\t
        place\tSahel\t\t
        place\tHorn of Africa\t\t
        place\tKurdistan\tKurdistan Region|Iraqi Kurdistan\tKurd|Kurds|Kurdish
        place\tSinai\tSinai Peninsula\t
        place\tPersian Gulf\tGulf|Arabian Gulf\t
        place\tGulf of Mexico\tGulf of America\t
        place\tGulf of Aden\t\t
        place\tGulf of Oman\t\t
        place\tStrait of Hormuz\tHormuz|Straits of Hormuz\t
        place\tRed Sea\t\t
        place\tBlack Sea\t\t
        place\tSea of Azov\tAzov Sea\t
        place\tKerch Strait\tStrait of Kerch\t
        place\tBaltic Sea\t\t
        place\tMediterranean\tMediterranean Sea\t
        place\tSuez Canal\t\t
        place\tBosphorus\tBosporus\t
        place\tBaltic States\tBaltic states|Baltics\t
        place\tScandinavia\t\tScandinavian|Scandinavians
        place\tNordic countries\tNordics\t
        place\tEurope\t\tEuropean|Europeans
        place\tEastern Europe\t\tEastern European|Eastern Europeans
        place\tWestern Europe\t\tWestern European|Western Europeans
        place\tCentral Europe\t\tCentral European|Central Europeans
        place\tAsia\t\tAsian|Asians
        place\tCentral Asia\t\tCentral Asian|Central Asians
        place\tSoutheast Asia\tSouth-East Asia|South East Asia\tSoutheast Asian|Southeast Asians
        place\tSouth Asia\t\tSouth Asian|South Asians
        place\tEast Asia\t\tEast Asian|East Asians
        place\tAsia-Pacific\tAsia Pacific\t
        place\tIndo-Pacific\tIndo Pacific\t
        place\tAfrica\t\tAfrican|Africans
        place\tNorth Africa\t\tNorth African|North Africans
        place\tWest Africa\t\tWest African|West Africans
        place\tEast Africa\t\tEast African|East Africans
        place\tSouthern Africa\t\t
        place\tSub-Saharan Africa\tsub-Saharan Africa\t
        place\tMaghreb\t\t
        place\tLevant\t\t
        place\tLatin America\t\tLatin American|Latin Americans
        place\tSouth America\t\tSouth American|South Americans
        place\tNorth America\t\tNorth American|North Americans
        place\tCentral America\t\tCentral American|Central Americans
        place\tCaribbean\t\t
        place\tAmericas\tthe Americas\t
        place\tArctic\t\t
        place\tAntarctica\tAntarctic\t
        place\tOceania\t\t
        place\tPacific Islands\t\t
        place\tEngland\t\tEnglishman|Englishmen|Englishwoman
        place\tScotland\t\tScottish|Scots
        place\tWales\t\tWelsh
        place\tNorthern Ireland\t\tNorthern Irish
        place\tNorthern Cyprus\tTurkish Republic of Northern Cyprus|TRNC\tTurkish Cypriot|Turkish Cypriots
        place\tChechnya\tChechen Republic\tChechen|Chechens
        place\tDagestan\tDaghestan\t
        place\tSiberia\t\tSiberian|Siberians
        place\tKaliningrad\t\t
        place\tKursk\t\t
        place\tBelgorod\t\t
        place\tCatalonia\tCatalunya\tCatalan|Catalans
        place\tBasque Country\t\tBasque|Basques
        place\tIdlib\t\t
        place\tDarfur\t\t
        place\tTigray\t\tTigrayan|Tigrayans
        place\tGreenland\t\tGreenlandic|Greenlander|Greenlanders
        place\tFalkland Islands\tFalklands|Malvinas|Islas Malvinas\tFalkland Islander|Falkland Islanders
        place\tGibraltar\t\tGibraltarian|Gibraltarians
        place\tKuril Islands\tKurils|Kuriles|Kurile Islands\t
        place\tSenkaku Islands\tSenkakus|Diaoyu Islands|Diaoyu\t
        place\tSpratly Islands\tSpratlys\t
        place\tParacel Islands\tParacels\t
        place\tSoviet Union\tUSSR|U.S.S.R.|Union of Soviet Socialist Republics\tSoviet|Soviets
        place\tYugoslavia\t\tYugoslav|Yugoslavs
        place\tRepublika Srpska\t\t
        place\tGeneva\tGenève\t
        place\tNew York\tNew York City|NYC\t
        place\tIstanbul\t\t
        place\tTel Aviv\tTel Aviv-Yafo\t
        place\tGaza City\t\t
        place\tRafah\t\t
        place\tKhan Younis\tKhan Yunis\t
        place\tAleppo\t\t
        place\tMosul\t\t
        place\tErbil\tIrbil|Arbil\t
        place\tAden\t\t
        place\tBenghazi\t\t
        place\tDubai\t\t
        place\tJeddah\tJiddah|Jedda\t
        place\tSharm el-Sheikh\tSharm El-Sheikh|Sharm el Sheikh\t
        place\tIsfahan\tEsfahan\t
        place\tNatanz\t\t
        place\tFordow\tFordo\t
        place\tSaint Petersburg\tSt Petersburg|St. Petersburg|Leningrad\t
        place\tSochi\t\t
        place\tSevastopol\tSebastopol\t
        place\tMariupol\t\t
        place\tBakhmut\tArtemivsk|Artyomovsk\t
        place\tLviv\tLvov|Lwów|Lemberg\t
        place\tDnipro\tDnipropetrovsk\t
        place\tMykolaiv\tNikolaev|Nikolayev\t
        place\tChernihiv\tChernigov\t
        place\tSumy\t\t
        place\tBucha\t\t
        place\tMelitopol\t\t
        place\tDavos\t\t
        place\tMunich\tMünchen\t
        place\tStrasbourg\t\t
        place\tShanghai\t\t
        place\tMumbai\tBombay\t
        place\tKolkata\tCalcutta\t
        place\tKarachi\t\t
        place\tLahore\t\t
        place\tYangon\tRangoon\t
        place\tHo Chi Minh City\tSaigon\t
        place\tAlmaty\tAlma-Ata\t
        place\tLagos\t\t
        place\tJohannesburg\t\t
        organization\tUnited Nations\tUN|U.N.\t
        organization\tUN Security Council\tSecurity Council|U.N. Security Council|United Nations Security Council|UNSC\t
        organization\tUN General Assembly\tGeneral Assembly|U.N. General Assembly|United Nations General Assembly|UNGA\t
        organization\tUN Human Rights Council\tHuman Rights Council|U.N. Human Rights Council|United Nations Human Rights Council|UNHRC\t
        organization\tOHCHR\tUN Human Rights Office|U.N. Human Rights Office|Office of the UN High Commissioner for Human Rights|Office of the United Nations High Commissioner for Human Rights\t
        organization\tUNHCR\tUN Refugee Agency|U.N. Refugee Agency|UN refugee agency|United Nations High Commissioner for Refugees\t
        organization\tUNICEF\tUnicef|United Nations Children's Fund|UN Children's Fund\t
        organization\tUNRWA\tUnited Nations Relief and Works Agency|UN Relief and Works Agency|United Nations Relief and Works Agency for Palestine Refugees in the Near East\t
        organization\tUNESCO\tUnesco|United Nations Educational, Scientific and Cultural Organization\t
        organization\tWorld Food Programme\tWFP|World Food Program|UN World Food Programme\t
        organization\tOCHA\tUN Office for the Coordination of Humanitarian Affairs|United Nations Office for the Coordination of Humanitarian Affairs|Office for the Coordination of Humanitarian Affairs\t
        organization\tEuropean Union\tEU|E.U.\t
        organization\tEuropean Commission\tEU Commission|E.U. Commission\t
        organization\tEuropean Council\t\t
        organization\tCouncil of the European Union\tCouncil of the EU\t
        organization\tEuropean Parliament\tEU Parliament|E.U. Parliament\t
        organization\tEuropean Central Bank\tECB\t
        organization\tNATO\tNorth Atlantic Treaty Organisation|North Atlantic Alliance|North Atlantic Treaty Organization|N.A.T.O.|Nato\t
        organization\tOSCE\tOrganisation for Security and Co-operation in Europe|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe\t
        organization\tIAEA\tInternational Atomic Energy Agency\t
        organization\tWHO\tWorld Health Organization|World Health Organisation\t
        organization\tIMF\tInternational Monetary Fund\t
        organization\tWorld Bank\tWorld Bank Group\t
        organization\tWTO\tWorld Trade Organization|World Trade Organisation\t
        organization\tOPEC\tOrganization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries\t
        organization\tOPEC Plus\tOPEC+\t
        organization\tOECD\tOrganisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development\t
        organization\tASEAN\tAsean|Association of Southeast Asian Nations|Association of South East Asian Nations\t
        organization\tAfrican Union\tAU|A.U.\t
        organization\tArab League\tLeague of Arab States\t
        organization\tGulf Cooperation Council\tGCC|Gulf Co-operation Council|Cooperation Council for the Arab States of the Gulf\t
        organization\tECOWAS\tEcowas|Economic Community of West African States\t
        organization\tOrganization of American States\tOAS\t
        organization\tOrganisation of Islamic Cooperation\tOIC|Organization of Islamic Cooperation\t
        organization\tShanghai Cooperation Organisation\tSCO|Shanghai Cooperation Organization\t
        organization\tCSTO\tCollective Security Treaty Organization|Collective Security Treaty Organisation\t
        organization\tEurasian Economic Union\tEAEU|EEU\t
        organization\tCommonwealth of Independent States\tCIS\t
        organization\tCommonwealth of Nations\tCommonwealth|British Commonwealth\t
        organization\tAPEC\tAsia-Pacific Economic Cooperation|Asia Pacific Economic Cooperation\t
        organization\tG7\tGroup of Seven|G-7\t
        organization\tG20\tGroup of 20|Group of Twenty|G-20\t
        organization\tBRICS\t\t
        organization\tQuad\tQuadrilateral Security Dialogue\t
        organization\tAUKUS\t\t
        organization\tArctic Council\t\t
        organization\tCouncil of Europe\t\t
        organization\tInternational Criminal Court\tICC\t
        organization\tInternational Court of Justice\tICJ|World Court\t
        organization\tRed Cross\tICRC|International Committee of the Red Cross|International Red Cross\t
        organization\tMédecins Sans Frontières\tMedecins Sans Frontieres|MSF|Doctors Without Borders\t
        organization\tAmnesty International\tAmnesty\t
        organization\tHuman Rights Watch\tHRW\t
        organization\tInterpol\tINTERPOL|International Criminal Police Organization\t
        organization\tEuropol\t\t
        organization\tFrontex\t\t
        organization\tKremlin\t\t
        organization\tWhite House\t\t
        organization\tState Department\tU.S. State Department|US State Department|Department of State|U.S. Department of State|US Department of State\t
        organization\tPentagon\tDepartment of Defense|U.S. Department of Defense|US Department of Defense|Defense Department|Department of War|War Department\t
        organization\tU.S. Congress\tUS Congress|United States Congress\t
        organization\tFederal Reserve\tFed|U.S. Federal Reserve|US Federal Reserve|Federal Reserve Board\t
        organization\tCIA\tCentral Intelligence Agency\t
        organization\tFBI\tFederal Bureau of Investigation\t
        organization\tDowning Street\t10 Downing Street|No. 10|No 10|Number 10\t
        organization\tForeign Office\tForeign, Commonwealth and Development Office|Foreign and Commonwealth Office|FCDO\t
        organization\tMI6\tSecret Intelligence Service\t
        organization\tMI5\t\t
        organization\tÉlysée\tElysee|Élysée Palace|Elysee Palace\t
        organization\tQuai d'Orsay\t\t
        organization\tBundestag\t\t
        organization\tKnesset\t\t
        organization\tDuma\tState Duma\t
        organization\tVerkhovna Rada\tRada\t
        organization\tNational People's Congress\tNPC\t
        organization\tChinese Communist Party\tCCP|Communist Party of China|CPC\t
        organization\tHamas\tIslamic Resistance Movement\t
        organization\tHezbollah\tHizbollah|Hizballah|Hizbullah\t
        organization\tHouthis\tHouthi|Houthi movement|Ansar Allah|Ansarallah\t
        organization\tTaliban\tIslamic Emirate of Afghanistan\t
        organization\tIslamic State\tIslamic State group|ISIS|ISIL|IS|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria\t
        organization\tAl-Qaeda\tal-Qaeda|Al Qaeda|al Qaeda|Al-Qaida|al-Qaida\t
        organization\tAl-Shabaab\tal-Shabaab|Al-Shabab|al-Shabab\t
        organization\tBoko Haram\t\t
        organization\tPalestinian Islamic Jihad\tIslamic Jihad|PIJ\t
        organization\tFatah\t\t
        organization\tPalestinian Authority\tPalestinian National Authority\t
        organization\tPLO\tPalestine Liberation Organization\t
        organization\tMuslim Brotherhood\t\t
        organization\tPKK\tKurdistan Workers' Party\t
        organization\tSyrian Democratic Forces\tSDF\t
        organization\tHayat Tahrir al-Sham\tHTS\t
        organization\tIRGC\tIslamic Revolutionary Guard Corps|Iranian Revolutionary Guard Corps|Revolutionary Guards|Revolutionary Guard\t
        organization\tIDF\tIsrael Defense Forces|Israel Defence Forces|Israeli Defense Forces\t
        organization\tWagner Group\tWagner|PMC Wagner\t
        organization\tKGB\t\t
        organization\tFSB\tFederal Security Service\t
        organization\tGRU\t\t
        organization\tSBU\tSecurity Service of Ukraine\t
        organization\tMossad\t\t
        organization\tShin Bet\tShabak\t
        organization\tGazprom\t\t
        organization\tRosatom\t\t
        place\tChicago\t\t
        place\tLos Angeles\tL.A.\t
        place\tHouston\t\t
        place\tPhoenix\t\t
        place\tPhiladelphia\t\t
        place\tSan Antonio\t\t
        place\tSan Diego\t\t
        place\tDallas\t\t
        place\tJacksonville\t\t
        place\tFort Worth\t\t
        place\tIndianapolis\t\t
        place\tSan Francisco\t\t
        place\tSeattle\t\t
        place\tDenver\t\t
        place\tNashville\t\t
        place\tOklahoma City\t\t
        place\tEl Paso\t\t
        place\tBoston\t\t
        place\tLas Vegas\t\t
        place\tDetroit\t\t
        place\tMemphis\t\t
        place\tLouisville\t\t
        place\tBaltimore\t\t
        place\tMilwaukee\t\t
        place\tAlbuquerque\t\t
        place\tTucson\t\t
        place\tSacramento\t\t
        place\tKansas City\t\t
        place\tAtlanta\t\t
        place\tMiami\t\t
        place\tOmaha\t\t
        place\tMinneapolis\t\t
        place\tCleveland\t\t
        place\tNew Orleans\t\t
        place\tTampa\t\t
        place\tPittsburgh\t\t
        place\tCincinnati\t\t
        place\tSt. Louis\tSt Louis\t
        place\tOrlando\t\t
        place\tHonolulu\t\t
        place\tAnchorage\t\t
        place\tNewark\t\t
        place\tCharleston\t\t
        place\tSalt Lake City\t\t
        place\tSilicon Valley\t\t
        place\tBrooklyn\t\t
        place\tManhattan\t\t
        place\tQueens\t\t
        place\tBronx\t\t
        place\tLong Island\t\t
        place\tGuantanamo Bay\tGuantanamo\t
        place\tCamp David\t\t
        place\tHiroshima\t\t
        place\tNagasaki\t\t
        place\tAlabama\t\t
        place\tAlaska\t\t
        place\tArizona\t\t
        place\tArkansas\t\t
        place\tCalifornia\t\t
        place\tColorado\t\t
        place\tConnecticut\t\t
        place\tDelaware\t\t
        place\tFlorida\t\t
        place\tHawaii\t\t
        place\tIdaho\t\t
        place\tIllinois\t\t
        place\tIndiana\t\t
        place\tIowa\t\t
        place\tKansas\t\t
        place\tKentucky\t\t
        place\tLouisiana\t\t
        place\tMaine\t\t
        place\tMaryland\t\t
        place\tMassachusetts\t\t
        place\tMichigan\t\t
        place\tMinnesota\t\t
        place\tMississippi\t\t
        place\tMissouri\t\t
        place\tMontana\t\t
        place\tNebraska\t\t
        place\tNevada\t\t
        place\tNew Hampshire\t\t
        place\tNew Jersey\t\t
        place\tNew Mexico\t\t
        place\tNorth Carolina\t\t
        place\tNorth Dakota\t\t
        place\tOhio\t\t
        place\tOklahoma\t\t
        place\tOregon\t\t
        place\tPennsylvania\t\t
        place\tRhode Island\t\t
        place\tSouth Carolina\t\t
        place\tSouth Dakota\t\t
        place\tTennessee\t\t
        place\tTexas\t\t
        place\tUtah\t\t
        place\tVermont\t\t
        place\tVirginia\t\t
        place\tWest Virginia\t\t
        place\tWisconsin\t\t
        place\tWyoming\t\t
        place\tPuerto Rico\t\t
        place\tGuam\t\t
        place\tManchester\t\t
        place\tBirmingham\t\t
        place\tLiverpool\t\t
        place\tGlasgow\t\t
        place\tEdinburgh\t\t
        place\tBelfast\t\t
        place\tCardiff\t\t
        place\tLeeds\t\t
        place\tBristol\t\t
        place\tSheffield\t\t
        place\tOxford\t\t
        place\tCambridge\t\t
        place\tLyon\t\t
        place\tMarseille\t\t
        place\tHamburg\t\t
        place\tFrankfurt\t\t
        place\tCologne\tKöln\t
        place\tMilan\tMilano\t
        place\tNaples\t\t
        place\tTurin\t\t
        place\tVenice\t\t
        place\tBarcelona\t\t
        place\tSeville\t\t
        place\tValencia\t\t
        place\tPorto\t\t
        place\tRotterdam\t\t
        place\tAntwerp\t\t
        place\tZurich\tZürich\t
        place\tKraków\tKrakow\t
        place\tGdańsk\tGdansk\t
        place\tNovosibirsk\t\t
        place\tYekaterinburg\t\t
        place\tKazan\t\t
        place\tVladivostok\t\t
        place\tMurmansk\t\t
        place\tIzmir\t\t
        place\tHebron\t\t
        place\tJenin\t\t
        place\tNablus\t\t
        place\tHaifa\t\t
        place\tBasra\t\t
        place\tKirkuk\t\t
        place\tFallujah\t\t
        place\tRamadi\t\t
        place\tRaqqa\t\t
        place\tHoms\t\t
        place\tDeir ez-Zor\t\t
        place\tHodeidah\t\t
        place\tMisrata\t\t
        place\tAlexandria\t\t
        place\tOmdurman\t\t
        place\tKandahar\t\t
        place\tHelmand\t\t
        place\tHerat\t\t
        place\tMazar-i-Sharif\t\t
        place\tPeshawar\t\t
        place\tQuetta\t\t
        place\tRawalpindi\t\t
        place\tDelhi\t\t
        place\tBengaluru\tBangalore\t
        place\tChennai\tMadras\t
        place\tHyderabad\t\t
        place\tGuangzhou\t\t
        place\tShenzhen\t\t
        place\tWuhan\t\t
        place\tChongqing\t\t
        place\tOsaka\t\t
        place\tOkinawa\t\t
        place\tBusan\t\t
        place\tMelbourne\t\t
        place\tToronto\t\t
        place\tMontreal\t\t
        place\tVancouver\t\t
        place\tSão Paulo\tSao Paulo\t
        place\tRio de Janeiro\t\t
        place\tGuadalajara\t\t
        place\tTijuana\t\t
        place\tMedellín\tMedellin\t
        place\tDurban\t\t
        place\tGoma\t\t
        place\tCasablanca\t\t
        place\tMarrakesh\tMarrakech\t
        organization\tReuters\tThomson Reuters\t
        organization\tAssociated Press\tAP|The Associated Press\t
        organization\tAFP\tAgence France-Presse|Agence France Presse\t
        organization\tTASS\tTass|ITAR-TASS\t
        organization\tRIA Novosti\tRIA\t
        organization\tInterfax\t\t
        organization\tXinhua\tXinhua News Agency\t
        organization\tUkrinform\t\t
        organization\tAnadolu Agency\tAnadolu\t
        organization\tIRNA\tIslamic Republic News Agency\t
        organization\tTasnim\tTasnim News Agency\t
        organization\tFars News Agency\tFars news agency\t
        organization\tKyodo News\tKyodo\t
        organization\tYonhap\tYonhap News Agency\t
        organization\tKCNA\tKorean Central News Agency\t
        organization\tAZERTAC\t\t
        organization\tWAFA\t\t
        organization\tSANA\tSyrian Arab News Agency\t
        organization\tPress Trust of India\tPTI\t
        organization\tBloomberg\tBloomberg News\t
        organization\tBBC\tBBC News|British Broadcasting Corporation\t
        organization\tCNN\t\t
        organization\tAl Jazeera\tAl-Jazeera|Aljazeera\t
        organization\tAl Arabiya\tAl-Arabiya\t
        organization\tDeutsche Welle\tDW\t
        organization\tSky News\t\t
        organization\tFox News\t\t
        organization\tNPR\tNational Public Radio\t
        organization\tNew York Times\tThe New York Times\t
        organization\tWashington Post\tThe Washington Post\t
        organization\tWall Street Journal\tThe Wall Street Journal\t
        organization\tFinancial Times\t\t
        organization\tPolitico\t\t
        organization\tHaaretz\t\t
        organization\tKommersant\t\t
        organization\tIzvestia\t\t
        organization\tNSA\tNational Security Agency\t
        organization\tDepartment of Homeland Security\tDHS|Homeland Security Department\t
        organization\tJustice Department\tDepartment of Justice|DOJ|U.S. Justice Department|US Justice Department\t
        organization\tTreasury Department\tDepartment of the Treasury|U.S. Treasury|US Treasury|Treasury\t
        organization\tCommerce Department\tDepartment of Commerce\t
        organization\tEnergy Department\tDepartment of Energy\t
        organization\tEPA\tEnvironmental Protection Agency\t
        organization\tNASA\t\t
        organization\tDEA\tDrug Enforcement Administration\t
        organization\tFEMA\tFederal Emergency Management Agency\t
        organization\tCDC\tCenters for Disease Control and Prevention|Centers for Disease Control\t
        organization\tFDA\tFood and Drug Administration\t
        organization\tIRS\tInternal Revenue Service\t
        organization\tTSA\tTransportation Security Administration\t
        organization\tUSAID\tU.S. Agency for International Development|US Agency for International Development\t
        organization\tSecret Service\tU.S. Secret Service|US Secret Service\t
        organization\tNational Security Council\tNSC\t
        organization\tJoint Chiefs of Staff\tJoint Chiefs\t
        organization\tSupreme Court\tU.S. Supreme Court|US Supreme Court\t
        organization\tCongressional Budget Office\tCBO\t
        organization\tOffice of Management and Budget\tOMB\t
        organization\tOffice of the Director of National Intelligence\tODNI\t
        organization\tSEC\tSecurities and Exchange Commission\t
        organization\tExport-Import Bank\tEx-Im Bank|Ex-Im|Export Import Bank\t
        organization\tMarine Corps\tU.S. Marine Corps|US Marine Corps|USMC\t
        organization\tDemocratic Party\tDemocratic party\t
        organization\tRepublican Party\tGOP|Grand Old Party|Republican party\t
        organization\tDemocratic National Committee\tDNC\t
        organization\tRepublican National Committee\tRNC\t
        organization\tLabour Party\tLabour|Labour party\t
        organization\tConservative Party\tConservatives|Tories|Tory|Conservative party|Tory party\t
        organization\tLiberal Democrats\tLib Dems|Lib Dem\t
        organization\tScottish National Party\tSNP\t
        organization\tUKIP\tUK Independence Party\t
        organization\tReform UK\t\t
        organization\tSinn Féin\tSinn Fein\t
        organization\tDemocratic Unionist Party\tDUP\t
        organization\tUnited Russia\t\t
        organization\tLikud\t\t
        organization\tFidesz\t\t
        organization\tLaw and Justice\tPiS\t
        organization\tAlternative for Germany\tAfD|Alternative für Deutschland\t
        organization\tChristian Democratic Union\tCDU\t
        organization\tServant of the People\t\t
        organization\tBharatiya Janata Party\tBJP\t
        organization\tAfrican National Congress\tANC\t
        organization\tJustice and Development Party\tAKP|AK Party\t
        organization\tJNIM\tJama'at Nusrat al-Islam wal-Muslimin|Jama’at Nusrat al-Islam wal-Muslimin|Jamaat Nusrat al-Islam wal-Muslimin\t
        organization\tAQAP\tal-Qaeda in the Arabian Peninsula|Al-Qaeda in the Arabian Peninsula|Al Qaeda in the Arabian Peninsula\t
        organization\tNusra Front\tal-Nusra Front|Al-Nusra Front|Jabhat al-Nusra\t
        organization\tLashkar-e-Taiba\tLeT\t
        organization\tJaish-e-Mohammed\t\t
        organization\tHaqqani network\tHaqqani Network\t
        organization\tISIS-K\tISKP|Islamic State Khorasan|Islamic State Khorasan Province\t
        organization\tKataib Hezbollah\t\t
        organization\tPopular Mobilization Forces\tPMF|Hashd al-Shaabi\t
        organization\tFARC\tRevolutionary Armed Forces of Colombia\t
        organization\tM23\t\t
        organization\tRapid Support Forces\tRSF\t
        organization\tTigray People's Liberation Front\tTPLF|Tigray People’s Liberation Front\t
        organization\tPolisario Front\tPolisario\t
        organization\tYPG\tPeople's Protection Units|People’s Protection Units\t
        organization\tQassam Brigades\tIzz ad-Din al-Qassam Brigades|al-Qassam Brigades|Al-Qassam Brigades\t
        organization\tAzov\tAzov Regiment|Azov Brigade\t
        organization\tPeople's Liberation Army\tPLA|People’s Liberation Army\t
        organization\tBundeswehr\t\t
        organization\tSVR\tForeign Intelligence Service\t
        organization\tISI\tInter-Services Intelligence\t
        organization\tGCHQ\t\t
        organization\tDGSE\t\t
        organization\tBND\t\t
        organization\tUNDP\tUnited Nations Development Programme|UN Development Programme\t
        organization\tFAO\tFood and Agriculture Organization\t
        organization\tILO\tInternational Labour Organization|International Labor Organization\t
        organization\tIOM\tInternational Organization for Migration\t
        organization\tUNFCCC\t\t
        organization\tOPCW\tOrganisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons\t
        organization\tCTBTO\t\t
        organization\tEBRD\tEuropean Bank for Reconstruction and Development\t
        organization\tEuropean Investment Bank\tEIB\t
        organization\tAsian Development Bank\tADB\t
        organization\tAfrican Development Bank\tAfDB\t
        organization\tEurogroup\t\t
        organization\tInstitute for the Study of War\tISW\t
        organization\tBrookings Institution\tBrookings\t
        organization\tRAND Corporation\tRAND\t
        organization\tChatham House\t\t
        organization\tCarnegie Endowment for International Peace\tCarnegie Endowment\t
        organization\tCouncil on Foreign Relations\tCFR\t
        organization\tSIPRI\tStockholm International Peace Research Institute\t
        organization\tGeneral Motors\tGM\t
        """
    /// People and other names with spelling or transliteration variants: canonical TAB variants (|).
    static let aliases = """
        Barack Obama\tPresident Obama|Obama|Barack Hussein Obama|Hussein Obama|Barack H. Obama
        Joe Biden\tJoseph Biden|Joseph R. Biden|Biden
        John Kerry\tJohn F. Kerry|Kerry
        John Boehner\tBoehner
        Mitch McConnell\tMcConnell
        Nancy Pelosi\tPelosi
        Harry Reid\tReid
        Volodymyr Zelensky\tVolodymyr Zelenskyy|Volodymyr Zelenskiy|Zelenskyy|Zelenskiy|Zelensky
        Vladimir Putin\tV. Putin|Putin|Vladimir Vladimirovich Putin
        Dmitry Peskov\tDmitri Peskov|Dmitriy Peskov|Peskov
        Sergey Lavrov\tSergei Lavrov|Lavrov
        Yuri Ushakov\tYury Ushakov|Yuriy Ushakov|Ushakov
        Recep Tayyip Erdogan\tRecep Tayyip Erdoğan|Tayyip Erdoğan|Tayyip Erdogan|Erdoğan|Erdogan
        Maroš Šefčovič\tMaros Sefcovic|Šefčovič|Sefcovic
        Mahmoud Abbas\tAbu Mazen|Mahmud Abbas
        Benjamin Netanyahu\tBibi Netanyahu|Binyamin Netanyahu|Netanyahu
        Kim Jong Un\tKim Jong-un|Kim Jong-Un
        Xi Jinping\tXi Jin-ping|Xi Jin Ping|Xi
        Muammar Gaddafi\tMuammar Gadhafi|Muammar Qaddafi|Muammar al-Gaddafi|Moammar Gadhafi|Muammar Kadhafi|Gaddafi|Gadhafi|Qaddafi|Kadhafi
        Ayatollah Ali Khamenei\tAli Khamenei|Ayatollah Khamenei|Ali Hosseini Khamenei|Khamenei
        Mohammad Javad Zarif\tMohammed Javad Zarif|Javad Zarif|Zarif
        Hassan Rouhani\tHassan Rohani|Rouhani|Rohani
        Bashar al-Assad\tBashar al Assad|Bashar Assad|Bashar al-Asad|al-Assad|Assad
        Sergei Shoigu\tSergey Shoigu|Shoigu
        Dmitry Medvedev\tDmitri Medvedev|Dmitriy Medvedev|Medvedev
        Maria Zakharova\tMariya Zakharova|Zakharova
        Alexei Navalny\tAleksei Navalny|Alexey Navalny|Aleksey Navalny|Navalny
        Yevgeny Prigozhin\tEvgeny Prigozhin|Yevgeniy Prigozhin|Prigozhin
        Valery Gerasimov\tValeriy Gerasimov|Valerii Gerasimov|Gerasimov
        Vassily Nebenzia\tVasily Nebenzia|Vasily Nebenzya|Vassily Nebenzya|Nebenzia|Nebenzya
        Kirill Dmitriev\tKirill Dmitriyev|Dmitriev
        Nikolai Patrushev\tNikolay Patrushev|Patrushev
        Sergei Naryshkin\tSergey Naryshkin|Naryshkin
        Andrei Belousov\tAndrey Belousov|Belousov
        Vladimir Medinsky\tVladimir Medinskiy|Medinsky
        Ramzan Kadyrov\tKadyrov
        Alexander Lukashenko\tAleksandr Lukashenko|Alyaksandr Lukashenka|Alexander Lukashenka|Lukashenko|Lukashenka
        Sviatlana Tsikhanouskaya\tSvetlana Tikhanovskaya|Tsikhanouskaya|Tikhanovskaya
        Andriy Yermak\tAndrii Yermak|Andrei Yermak|Yermak
        Dmytro Kuleba\tDmitry Kuleba|Kuleba
        Hillary Clinton\tHillary Rodham Clinton
        Hu Jintao\tHu
        Armed Forces of Ukraine\tUkrainian Armed Forces
        Wen Jiabao\tWen
        Li Keqiang\tLi Ke-qiang
        Haider al-Abadi\tHaider Abadi|Haidar al-Abadi|al-Abadi|Abadi
        Nouri al-Maliki\tNouri Maliki|Nuri al-Maliki|al-Maliki|Maliki
        Andrii Sybiha\tAndriy Sybiha|Sybiha
        Rustem Umerov\tUmerov
        Oleksii Reznikov\tOleksiy Reznikov|Alexei Reznikov|Reznikov
        Valerii Zaluzhnyi\tValeriy Zaluzhnyi|Valery Zaluzhny|Zaluzhnyi|Zaluzhny
        Oleksandr Syrskyi\tOleksandr Syrsky|Alexander Syrsky|Syrskyi|Syrsky
        Kyrylo Budanov\tKirill Budanov|Budanov
        Denys Shmyhal\tDenis Shmygal|Shmyhal
        Yulia Svyrydenko\tYuliia Svyrydenko|Svyrydenko
        Yulia Tymoshenko\tYuliya Tymoshenko|Tymoshenko
        Vitali Klitschko\tVitaliy Klitschko|Vitaly Klitschko
        Viktor Orbán\tViktor Orban|Orbán|Orban
        Aleksandar Vučić\tAleksandar Vucic|Vučić|Vucic
        Ilham Aliyev\tIlham Aliev|Aliyev
        Nikol Pashinyan\tNikol Pashinian|Pashinyan|Pashinian
        Kassym-Jomart Tokayev\tKassym-Jomart Tokaev|Qasym-Jomart Toqaev|Tokayev|Tokaev
        Shavkat Mirziyoyev\tShavkat Mirziyoev|Mirziyoyev
        Salome Zourabichvili\tSalome Zurabishvili|Zourabichvili|Zurabishvili
        Mevlüt Çavuşoğlu\tMevlut Cavusoglu|Çavuşoğlu|Cavusoglu
        Radosław Sikorski\tRadoslaw Sikorski|Sikorski
        Ursula von der Leyen\tVon der Leyen|von der Leyen
        António Guterres\tAntonio Guterres|Guterres
        Rafael Grossi\tRafael Mariano Grossi|Grossi
        Tedros Adhanom Ghebreyesus\tTedros Adhanom|Tedros
        Josep Borrell\tJosep Borrell Fontelles|Borrell
        Mohammed bin Salman\tMohammad bin Salman|Muhammad bin Salman|MBS
        Mohamed bin Zayed\tMohammed bin Zayed|Mohamed bin Zayed Al Nahyan|MBZ
        Abdel Fattah al-Sisi\tAbdel Fattah el-Sisi|Abdel-Fattah el-Sissi|al-Sisi|el-Sisi|Sisi|Sissi
        Ebrahim Raisi\tIbrahim Raisi|Ebrahim Raeisi|Raisi
        Masoud Pezeshkian\tMassoud Pezeshkian|Pezeshkian
        Abbas Araghchi\tAbbas Araqchi|Araghchi|Araqchi
        Mahmoud Ahmadinejad\tMahmud Ahmadinejad|Ahmadinejad
        Ayatollah Ruhollah Khomeini\tRuhollah Khomeini|Ayatollah Khomeini|Khomeini
        Hassan Nasrallah\tHasan Nasrallah|Sayyed Hassan Nasrallah|Nasrallah
        Yahya Sinwar\tYehya Sinwar|Sinwar
        Ismail Haniyeh\tIsmail Haniya|Ismail Haniyah|Haniyeh|Haniya
        Khaled Mashal\tKhaled Meshaal|Khaled Meshal|Khalid Mishal|Mashal|Meshaal
        Mohammed Deif\tMohammad Deif|Muhammad Deif|Deif
        Osama bin Laden\tUsama bin Laden|Osama bin Ladin|Bin Laden|bin Laden
        Ayman al-Zawahiri\tAyman al-Zawahri|Ayman Zawahiri|al-Zawahiri|Zawahiri
        Abu Bakr al-Baghdadi\tAbu Bakr Baghdadi|al-Baghdadi|Baghdadi
        Ahmed al-Sharaa\tAhmad al-Sharaa|Abu Mohammed al-Jolani|Abu Mohammad al-Julani|Abu Mohammed al-Golani|al-Jolani|al-Sharaa|Sharaa
        Hibatullah Akhundzada\tHaibatullah Akhundzada|Hebatullah Akhundzada|Akhundzada
        Muqtada al-Sadr\tMoqtada al-Sadr|Moqtada Sadr|Muqtada Sadr|al-Sadr
        Ali al-Sistani\tAli Sistani|Ayatollah Ali al-Sistani|Grand Ayatollah Ali al-Sistani|Sistani
        Saddam Hussein\tSaddam Hussain|Saddam Husain
        Khalifa Haftar\tKhalifa Hifter|Haftar|Hifter
        Mohamed Hamdan Dagalo\tMohammed Hamdan Dagalo|Hemedti|Hemeti|Dagalo
        Abdel Fattah al-Burhan\tAbdel-Fattah al-Burhan|Abdel Fattah Burhan|al-Burhan|Burhan
        Abiy Ahmed\tAbiy Ahmed Ali|Abiy
        Isaias Afwerki\tIsaias Afewerki|Afwerki|Afewerki
        Luiz Inácio Lula da Silva\tLuiz Inacio Lula da Silva|Lula da Silva|Lula
        Andrés Manuel López Obrador\tAndres Manuel Lopez Obrador|López Obrador|Lopez Obrador|AMLO
        Nicolás Maduro\tNicolas Maduro|Maduro
        Hugo Chávez\tHugo Chavez|Chávez|Chavez
        Pedro Sánchez\tPedro Sanchez
        Kim Jong Il\tKim Jong-il|Kim Jong-Il
        Kim Il Sung\tKim Il-sung|Kim Il-Sung
        Mao Zedong\tMao Tse-tung|Mao Tse Tung
        Deng Xiaoping\tTeng Hsiao-ping
        Chiang Kai-shek\tChiang Kai-Shek|Jiang Jieshi
        Lai Ching-te\tLai Ching-teh|William Lai
        Shehbaz Sharif\tShahbaz Sharif
        Joko Widodo\tJokowi
        Prabowo Subianto\tPrabowo
        Ferdinand Marcos Jr.\tFerdinand Marcos Jr|Bongbong Marcos
        Aung San Suu Kyi\tDaw Aung San Suu Kyi|Suu Kyi
        Mikhail Gorbachev\tMikhail Gorbachov|Gorbachev
        Boris Yeltsin\tBoris Eltsin|Yeltsin
        Nursultan Nazarbayev\tNursultan Nazarbaev|Nazarbayev
        Oleksiy Halynsky\tOleksii Halynskyy|Oleksiy Halynskiy|Oleksii Halynsky|Halynskyy|Halynskiy
        """
}

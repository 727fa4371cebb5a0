// Places beyond the countries and capitals that countries-list gives: regions, seas, US states, major
// cities (Ukraine and Russia in more depth, for an archive that covers the war) and landmarks that
// news writes as locations. One place a line: its canonical name, then other spellings after "|".
// All-capital spellings ("NYC") match only when written in capitals.

/** Continents, world regions, seas, rivers and disputed or historical states. */
export const REGIONS = `
Europe | Asia | Africa | North America | South America | Latin America | Central America | Oceania
Middle East | Mideast | Far East | Balkans | Caucasus | Scandinavia | Eastern Europe | Western Europe
Central Europe | Central Asia | South Asia | Southeast Asia | East Asia | Indo-Pacific | Sahel | Arctic
Antarctic | Persian Gulf | West Bank | Gaza | Gaza Strip | Golan Heights | Kurdistan | Siberia
Transnistria | Abkhazia | South Ossetia | Nagorno-Karabakh | Chechnya | Dagestan | Tatarstan | Kashmir
Tibet | Xinjiang | Catalonia | Bavaria | Silesia | Lapland | Patagonia | Sinai | Levant | Horn of Africa
England | Scotland | Wales | Northern Ireland | Midlands | West Midlands | East Midlands | Home Counties
Yorkshire | Cornwall | Ulster | Normandy | Brittany | Flanders | Wallonia | Sicily | Sardinia | Corsica
Black Sea | Baltic Sea | Sea of Azov | Azov Sea | Mediterranean | Mediterranean Sea | Atlantic
Atlantic Ocean | Pacific | Pacific Ocean | Indian Ocean | Arctic Ocean | North Sea | Red Sea | Caspian Sea
Caspian | Aegean | Adriatic | South China Sea | East China Sea | Sea of Japan | Bosphorus | Suez Canal
Strait of Hormuz | Taiwan Strait | English Channel | Kerch Strait | Dnipro River | Dnieper | Danube | Volga
Soviet Union | USSR | Yugoslavia | Czechoslovakia | East Germany | West Germany | Nazi Germany
Ottoman Empire | Roman Empire | Prussia | Austria-Hungary
`;

/** Self-proclaimed and other states known by their own acronyms. */
export const STATE_ACRONYMS = `
Donetsk People’s Republic | DPR
Luhansk People’s Republic | LPR
`;

/** The 50 US states and the capital district. */
export const US_STATES = `
Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Florida | Georgia
Hawaii | Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Maryland
Massachusetts | Michigan | Minnesota | Mississippi | Missouri | Montana | Nebraska | Nevada
New Hampshire | New Jersey | New Mexico | New York State | North Carolina | North Dakota | Ohio | Oklahoma
Oregon | Pennsylvania | Rhode Island | South Carolina | South Dakota | Tennessee | Texas | Utah | Vermont
Virginia | Washington State | West Virginia | Wisconsin | Wyoming | District of Columbia
`;

/** Cities, one a line with their other spellings. */
export const CITIES = `
Washington | Washington DC | Washington D.C.
New York | New York City | NYC
Kyiv | Kiev
Kharkiv | Kharkov
Odesa | Odessa
Dnipro | Dnipropetrovsk
Luhansk | Lugansk
Zaporizhzhia | Zaporizhzhya | Zaporizhia | Zaporozhye
Lviv | Lvov
Mykolaiv | Nikolaev | Mykolayiv
Sloviansk | Slovyansk | Slavyansk
Bakhmut | Artemivsk
Sievierodonetsk | Severodonetsk | Syevyerodonetsk
Izium | Izyum
Kupiansk | Kupyansk
Chornobyl | Chernobyl
Chernihiv | Chernigov
St Petersburg | Saint Petersburg | St. Petersburg
Rostov-on-Don | Rostov
Beijing | Peking
New Delhi | Delhi
Astana | Nur-Sultan
Ulaanbaatar | Ulan Bator
São Paulo | Sao Paulo
Bogotá | Bogota
Kraków | Krakow | Cracow
The Hague | Hague
Tel Aviv | Tel Aviv-Yafo
Donetsk
Mariupol
Kherson
Sumy
Poltava
Vinnytsia
Zhytomyr
Rivne
Lutsk
Ternopil
Ivano-Frankivsk
Uzhhorod
Chernivtsi
Cherkasy
Kramatorsk
Lysychansk
Melitopol
Berdiansk
Enerhodar
Avdiivka
Bucha
Irpin
Hostomel
Borodianka
Vuhledar
Pokrovsk
Kremenchuk
Kryvyi Rih
Nova Kakhovka
Snake Island
Donbas | Donbass
Crimea
Sevastopol
Kerch
Azovstal
Belgorod
Kursk
Bryansk
Voronezh
Kaliningrad
Novosibirsk
Yekaterinburg
Kazan
Nizhny Novgorod
Samara
Volgograd
Krasnodar
Sochi
Vladivostok
Murmansk
Chelyabinsk
Omsk
Grozny
Pskov
Smolensk
Tula
Novorossiysk
Gomel
Grodno
Brest
Geneva
Zurich
Davos
Milan
Barcelona
Rotterdam
Munich
Hamburg
Frankfurt
Cologne
Strasbourg
Istanbul
Gdańsk | Gdansk
Rzeszów | Rzeszow
Edinburgh
Glasgow
Manchester
Birmingham
Liverpool
Leeds
Bristol
Cardiff
Belfast
Newcastle
Oxford
Cambridge
Salisbury
Brighton
Blackpool
Plymouth
Sheffield
Nottingham
Westminster
Whitehall
City of London
Chicago
Houston
San Francisco
Boston
Miami
Seattle
Atlanta
Dallas
Philadelphia
Detroit
Las Vegas
Los Angeles
San Diego
Denver
New Orleans
Baltimore
Pittsburgh
Minneapolis
Manhattan
Brooklyn
Palm Beach
West Palm Beach
Mar-a-Lago
Silicon Valley
Hollywood
Toronto
Montreal
Vancouver
Tijuana
Rio de Janeiro
Shanghai
Osaka
Mumbai
Karachi
Aleppo
Jeddah
Dubai
Mecca
Johannesburg
Cape Town
Lagos
Casablanca
Sydney
Melbourne
Auckland
Capitol
Capitol Hill
Oval Office
Red Square
Camp David
Trafalgar Square
Times Square
`;

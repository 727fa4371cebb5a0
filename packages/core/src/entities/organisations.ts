// Well-known bodies that news names without a telling head word ("Nato", "the Kremlin", "Reuters"),
// or by acronyms that expand to them. One body a line: its canonical name, then other spellings after
// "|". All-capital spellings ("WHO", "AP") match only when written in capitals, so "Who" stays a word.

/** Governments, parliaments, international bodies, security services and armed groups. */
export const INSTITUTIONS = `
NATO | Nato | North Atlantic Treaty Organization | North Atlantic Treaty Organisation
United Nations | UN | U.N.
European Union | EU | E.U.
European Commission
European Parliament
European Council
Council of Europe
European Central Bank | ECB
International Monetary Fund | IMF | I.M.F.
World Bank
World Trade Organization | WTO | World Trade Organisation
World Health Organization | WHO | World Health Organisation
International Atomic Energy Agency | IAEA
Organization for Security and Co-operation in Europe | OSCE | Organisation for Security and Co-operation in Europe
International Criminal Court | ICC
International Court of Justice | ICJ
International Committee of the Red Cross | ICRC | Red Cross
Amnesty International | Amnesty
Human Rights Watch
G7 | Group of Seven | G-7
G20 | Group of 20 | G-20
Asean | ASEAN
African Union
Opec | OPEC
OECD
Unesco | UNESCO
Unicef | UNICEF
UNHCR
World Economic Forum | WEF
Kremlin
Pentagon
White House
Downing Street | No 10
Élysée | Élysée Palace | Elysee
State Department
Foreign Office
Home Office
Congress
Senate
House of Representatives
House of Commons | Commons
House of Lords
Parliament
State Duma | Duma
Verkhovna Rada | Rada
Bundestag
Knesset
Supreme Court
Federal Reserve | Fed
Bank of England
Justice Department | Department of Justice | DOJ
Defense Department | Department of Defense
Ministry of Defence | MoD
CIA | C.I.A.
FBI | F.B.I.
NSA
FSB
GRU
SVR
KGB | K.G.B.
SBU
MI5
MI6
GCHQ
Mossad
Wagner Group | Wagner
Red Army
Azov | Azov Regiment | Azov Battalion
Hamas
Hezbollah
Taliban
Al Qaeda | al-Qaida | al-Qaeda | Al-Qaida
Islamic State | Isis | ISIS | ISIL
Labour | Labour Party
Conservative Party | Conservatives | Tories
Liberal Democrats | Lib Dems
Democratic Party
Republican Party | GOP
United Russia
`;

/** News outlets and agencies. */
export const OUTLETS = `
Reuters
Associated Press | AP
Agence France-Presse | AFP
BBC
CNN
Fox News
NBC | NBC News
CBS | CBS News
ABC News
MSNBC
NPR
Bloomberg
Guardian
Observer
New York Times | NYT
Washington Post
Wall Street Journal | WSJ
Financial Times | FT
Economist
Daily Telegraph | Telegraph
Daily Mail
Politico
Axios
Al Jazeera
Tass | TASS | Itar-Tass
RIA Novosti | RIA
Interfax
Sputnik
RT | Russia Today
Izvestia
Kommersant
Novaya Gazeta
Meduza
Ukrainska Pravda
Ukrinform
Kyiv Independent
Kyiv Post
Der Spiegel | Spiegel
Le Monde
Bild
DPA | dpa
Xinhua
KCNA | Korean Central News Agency
Yonhap
USA Today | USA TODAY
`;

/** Companies and platforms. */
export const COMPANIES = `
Facebook
Meta
Twitter
Telegram
Instagram
WhatsApp
YouTube
TikTok
Google
Apple
Microsoft
Amazon
Netflix
SpaceX
Tesla
Wikipedia
Yandex
VKontakte
Gazprom
Rosneft
Lukoil
Rosatom
Naftogaz
Ukrenergo
Shell
BP
ExxonMobil | Exxon
Chevron
TotalEnergies
Siemens
Boeing
Airbus
Lockheed Martin
Raytheon
Sberbank
Goldman Sachs
JPMorgan | JP Morgan
Morgan Stanley
Deutsche Bank
HSBC
Barclays
Volkswagen
Renault
Uniper
Equinor
Intel
IBM
Sony
Samsung
Nokia
Ericsson
Vodafone
Huawei
Alibaba
Tencent
Baidu
Nvidia
Oracle
Cisco
Qualcomm
OpenAI
Toyota
Nissan
Honda
BMW
Mercedes-Benz
General Motors | GM
Unilever
Nestlé | Nestle
Coca-Cola
PepsiCo
Walmart
Disney
McDonald’s | McDonald's
Ryanair
Lufthansa
Aeroflot
BAE Systems
Rheinmetall
`;

// Common given names in English-language news: English, Slavic (in their usual transliterations),
// German, French, Italian, Spanish, Arabic, Turkish and others. A name that opens a capitalised pair
// makes the pair a person ("Boris Johnson", not a company), and a given name alone is a person.

/** Lowercase given names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `aaron abdul abdullah adam adrian ahmed ahmad aidan aiden alan alastair albert aleksandr aleksandar
  aleksei alexei aleksey alex alexander alexandra alexandre alexey alexis ali alice alicia alina alison
  alla allan amanda amy ana anastasia anatoly anatoliy andrea andreas andrei andrey andrew andriy andrzej
  andy angela angelina ann anna anne annalena anne-marie anthony anton antonio antony arkady arseniy
  arsen artem artur arthur ashley barack barbara ben benjamin bernard bernie beth betty bill boris
  brad brandon brett brian brittney bruce bruno carl carlos carlo carol caroline catherine charles
  charlie charlotte chris christian christina christine christopher chuck claire claude claudia colin
  connor craig dan daniel daniela danielle danylo dave david dean debbie deborah denis denys dennis
  diana diane dmitri dmitry dmytro dominic donald donna doug douglas dylan ed eddie edward elena
  elizabeth ellen emily emma emmanuel enrico eric erik eugene evgeny evgeniy fatima felix fernando
  fiona francesca francesco francis frank franz fred frederick gabriel gareth gary george georgiy
  gerald gerhard gianni giorgia giorgio giuseppe gordon grace graham greg gregory hannah hans harry
  hassan heather heinrich helen helena henry hillary hugh hussein ian igor ihor ilya irina isabel
  isabella ivan jack jackie jacob jake james jamie jan jane janet jason javier jay jean jeff jeffrey
  jennifer jens jeremy jerome jessica jill jim jimmy joan joanna joe joel johann john johnny jon
  jonathan jordan jose josé josep joseph josh joshua juan judith julia julian julie justin karen karl
  kate katherine kateryna kathleen kathryn katie keir keith kelly ken kenneth kevin kim kirill kirsty
  klaus konstantin kristina kurt kyle larry laura lauren lawrence lee leo leon leonid lily linda lisa
  liz lloyd lois louis louise lucy luis luke lyudmila maksym marco margaret maria marie marina mario
  mark markus martin mary matt matthew maxim maksim megan michael michel michelle miguel mike mikhail
  mohamed mohammad mohammed muhammad mykhailo mykola nadia nancy naomi natalia natalya nathan ned
  neil nicholas nick nicola nicolas nigel nikita nikolai nikolay nina noah oleg oleksandr oleksiy
  oleksii olena olga oliver olivia olaf omar oscar pablo pamela patricia patrick paul pavel pavlo peter
  petro petr philip philippe pierre rachel ralph ramzan randy raymond rebecca recep richard rick rishi
  rob robert robin rod roger roman ron ronald rosa ross ruslan russell ruth ryan sally sam samantha
  samuel sandra sarah scott sean serhiy serhii sergei sergey sergiy shaun sharon simon sofia sophie
  stanislav stefan stephanie stephen steve steven stuart susan svetlana taras ted teresa theresa thomas
  tim timothy tina todd tom tony tracy trevor ulrich ursula valentina valery valeriy vadym vadim
  vasyl victor victoria viktor viktoria vincent vitali vitaliy vitaly vladimir vladislav volodymyr
  walter wayne wendy william willy xavier yana yaroslav yevgeny yevhen yulia yuliia yuri yuriy yury
  zachary zoe`.split(/\s+/u).filter(Boolean),
);

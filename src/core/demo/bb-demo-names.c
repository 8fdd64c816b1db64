/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The words the demonstration municipality is made of. Invented, in Danish because
 * the municipality is Danish whatever language the program speaks; not translatable,
 * since they are data, not the interface. No name belongs to a real person or
 * provider on purpose. */

#include "config.h"

#include "bb-demo-private.h"

#define BB_DEMO_COUNT(name) const guint name##_count = G_N_ELEMENTS (name)

const char * const _bb_demo_girls[] = {
  "Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofia", "Anna", "Laura", "Karla",
  "Olivia", "Agnes", "Josefine", "Mathilde", "Maja", "Liva", "Nora", "Asta", "Frida", "Ellen",
  "Luna", "Marie", "Signe", "Cecilie", "Sara", "Caroline", "Emilie", "Julie", "Amalie", "Rosa",
  "Sigrid", "Lærke", "Ronja", "Silje", "Vigga", "Aya", "Esther", "Lea", "Malou", "Thea",
};
BB_DEMO_COUNT (_bb_demo_girls);

const char * const _bb_demo_boys[] = {
  "William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Alfred", "Oliver", "Emil",
  "Aksel", "Valdemar", "Magnus", "Elias", "Frederik", "August", "Arthur", "Anton", "Johan", "Mads",
  "Storm", "Theo", "Viggo", "Felix", "Mikkel", "Rasmus", "Sebastian", "Tobias", "Jonas", "Mathias",
  "Adam", "Ahmad", "Bertram", "Esben", "Hjalte", "Kasper", "Laurits", "Niklas", "Sander", "Søren",
};
BB_DEMO_COUNT (_bb_demo_boys);

const char * const _bb_demo_surnames[] = {
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
  "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen",
  "Frederiksen", "Laursen", "Henriksen", "Lund", "Holm", "Schmidt", "Eriksen", "Kristiansen",
  "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen", "Vestergaard",
  "Nissen", "Lauridsen", "Kjær", "Jepsen", "Mogensen", "Dam", "Bach", "Skov", "Friis", "Brandt",
  "Krogh", "Lind", "Bak", "Juhl", "Winther", "Dahl", "Ali", "Yilmaz", "Hussein", "Nguyen",
};
BB_DEMO_COUNT (_bb_demo_surnames);

const char * const _bb_demo_streets[] = {
  "Skolevej", "Kirkevej", "Møllevej", "Engvej", "Birkevej", "Skovvej", "Stationsvej", "Vestergade",
  "Østergade", "Nørregade", "Søndergade", "Bakkevej", "Åboulevarden", "Havnegade", "Lindevej",
  "Rosenvænget", "Parkvej", "Toftevej", "Bøgevej", "Strandvejen",
};
BB_DEMO_COUNT (_bb_demo_streets);

const BbDemoTown _bb_demo_towns[] = {
  { "Broby", "5672" }, { "Bækkelund", "8660" }, { "Egeskov", "5772" }, { "Fjordby", "7700" },
  { "Hedelund", "7400" }, { "Kildeby", "4300" }, { "Mosegård", "8600" }, { "Nørreå", "8830" },
  { "Sandvig", "3770" }, { "Skovby", "8464" }, { "Søholm", "3660" }, { "Vesterbro", "1620" },
};
BB_DEMO_COUNT (_bb_demo_towns);

const char * const _bb_demo_districts[] = {
  "Nord", "Syd", "Øst", "Vest", "Centrum", "Havnen", "Midtby", "Engen",
};
BB_DEMO_COUNT (_bb_demo_districts);

const BbDemoProviderKind _bb_demo_provider_kinds[] = {
  { "Ungdomsskolen @", BB_SECTOR_MUNICIPALITY, "Børn og Unge" },
  { "Ungeindsatsen @", BB_SECTOR_MUNICIPALITY, "Socialforvaltningen" },
  { "PPR @", BB_SECTOR_MUNICIPALITY, "Pædagogisk Psykologisk Rådgivning" },
  { "Jobcenter @, Ungeenheden", BB_SECTOR_MUNICIPALITY, "Beskæftigelse" },
  { "Sundhedsplejen @", BB_SECTOR_MUNICIPALITY, "Sundhed og Omsorg" },
  { "Børne- og Ungdomspsykiatrien @", BB_SECTOR_REGION, "Psykiatrien" },
  { "Psykiatrisk Akutmodtagelse @", BB_SECTOR_REGION, "Psykiatrien" },
  { "Distriktspsykiatrien @", BB_SECTOR_REGION, "Voksenpsykiatrien" },
  { "Psykologhuset @", BB_SECTOR_PRIVATE, "" },
  { "Bostedet @", BB_SECTOR_PRIVATE, "" },
  { "Mentorhuset @", BB_SECTOR_PRIVATE, "" },
  { "Headspace @", BB_SECTOR_VOLUNTARY, "" },
  { "Ventilen @", BB_SECTOR_VOLUNTARY, "" },
  { "Foreningen Ung i @", BB_SECTOR_VOLUNTARY, "" },
  { "Pårørendenetværket @", BB_SECTOR_VOLUNTARY, "" },
  { "Natcaféen @", BB_SECTOR_VOLUNTARY, "" },
};
BB_DEMO_COUNT (_bb_demo_provider_kinds);

const BbDemoOfferKind _bb_demo_offer_kinds[] = {
  { "Åben rådgivning", "Anonym samtale uden tidsbestilling",
    "Kom forbi og tal med en rådgiver om det, der fylder. Du behøver ikke at bestille tid, og du kan være anonym.",
    0, BB_ACCESS_OPEN, "Serviceloven § 11", "samtale, anonym, rådgivning" },
  { "Samtaleforløb for unge", "Op til ti samtaler med en fast rådgiver",
    "Et forløb af samtaler med den samme rådgiver, hvor vi sammen sætter mål og følger op. For unge, der har brug for mere end en enkelt samtale.",
    1, BB_ACCESS_OPEN, "Serviceloven § 11, stk. 3", "samtaleforløb, trivsel" },
  { "Angstgruppe", "Gruppeforløb med kognitiv metode",
    "Otte gange i en lille gruppe, hvor I lærer at forstå og håndtere angst. Ledet af en psykolog.",
    1, BB_ACCESS_REFERRAL, "Serviceloven § 11", "angst, gruppe, kognitiv" },
  { "Mentor til uddannelse", "En mentor hjælper videre i uddannelse eller job",
    "En mentor følger den unge til møder, hjælper med struktur i hverdagen og holder kontakten til skole og arbejdsplads.",
    2, BB_ACCESS_VISITATION, "Lov om en aktiv beskæftigelsesindsats § 31 b", "mentor, uddannelse, job" },
  { "Familiebehandling", "Samtaler med hele familien",
    "Familieterapeuter arbejder med familien hjemme og i huset, når den unges trivsel påvirker familien og omvendt.",
    2, BB_ACCESS_VISITATION, "Serviceloven § 52, stk. 3, nr. 3", "familie, forældre, behandling" },
  { "Pårørendegruppe", "For forældre og søskende",
    "Et netværk for pårørende til unge med psykisk sårbarhed: viden, erfaringer og et frirum.",
    0, BB_ACCESS_OPEN, "", "pårørende, forældre, netværk" },
  { "Psykologsamtaler", "Korte forløb hos psykolog",
    "Op til seks samtaler hos en psykolog for unge med let til moderat angst eller depression.",
    1, BB_ACCESS_REFERRAL, "Sundhedsloven § 69", "psykolog, depression, angst" },
  { "Ambulant udredning", "Udredning for ADHD og autisme",
    "Udredning i børne- og ungdomspsykiatrien efter henvisning fra egen læge.",
    3, BB_ACCESS_REFERRAL, "Sundhedsloven § 79", "udredning, ADHD, autisme" },
  { "Spiseforstyrrelsesteam", "Behandling af spiseforstyrrelser",
    "Tværfagligt team af læge, psykolog og diætist. Behandlingen tilrettelægges sammen med den unge og familien.",
    3, BB_ACCESS_REFERRAL, "Sundhedsloven § 79", "spiseforstyrrelse, behandling" },
  { "Natcafé", "Et sted at være om aftenen",
    "Frivillige holder åbent med te, spil og nogen at tale med. Ingen tilmelding.",
    0, BB_ACCESS_OPEN, "", "fællesskab, aften, frivillig" },
  { "Bostøtte", "Støtte i eget hjem",
    "En bostøttemedarbejder hjælper med økonomi, indkøb og kontakt til myndigheder, så den unge kan bo selv.",
    2, BB_ACCESS_VISITATION, "Serviceloven § 85", "bostøtte, hverdag, bolig" },
  { "Skolevægringsforløb", "Tilbage i skole, trin for trin",
    "Et forløb for unge, der har svært ved at komme i skole, med samtaler, hjemmebesøg og en plan sammen med skolen.",
    1, BB_ACCESS_REFERRAL, "Folkeskoleloven § 3", "skolevægring, fravær, skole" },
};
BB_DEMO_COUNT (_bb_demo_offer_kinds);

const char * const _bb_demo_title_suffixes[] = {
  "", "", "", " for 15–17-årige", " for 18–25-årige", " – aftenhold", " i lokalområdet", " på tværs",
};
BB_DEMO_COUNT (_bb_demo_title_suffixes);

const char * const _bb_demo_contact_roles[] = {
  "Leder", "Rådgiver", "Psykolog", "Koordinator", "Socialrådgiver", "Mentor", "Sygeplejerske",
  "Frivilligkoordinator",
};
BB_DEMO_COUNT (_bb_demo_contact_roles);

const char * const _bb_demo_opening_hours[] = {
  "Mandag–torsdag kl. 9–15, fredag kl. 9–13",
  "Mandag og onsdag kl. 14–18",
  "Tirsdag og torsdag kl. 16–20",
  "Hverdage kl. 8–16",
  "Efter aftale",
  "Fredag kl. 19–23",
};
BB_DEMO_COUNT (_bb_demo_opening_hours);

const char * const _bb_demo_course_notes[] = {
  "Henvendte sig selv efter et oplæg på skolen.",
  "Forælder ringede; den unge ønsker selv samtaler.",
  "Højt skolefravær det seneste halve år.",
  "Søvnproblemer og bekymringer om eksamen.",
  "Ensomhed efter flytning til kommunen.",
  "Konflikter i hjemmet; ønsker støtte til at tale med forældrene.",
  "Angst i sociale situationer, undgår fritidsaktiviteter.",
  "Har droppet ud af ungdomsuddannelsen og søger en vej videre.",
  "Tristhed og manglende lyst; egen læge har anbefalet kontakt.",
  "Selvskade tidligere; har et netværk, men ønsker en fast voksen.",
};
BB_DEMO_COUNT (_bb_demo_course_notes);

const char * const _bb_demo_meeting_notes[] = {
  "Vi talte om ugens mål og hvad der gik godt.",
  "Gennemgik søvndagbog; små fremskridt.",
  "Øvede situationer, der plejer at give angst.",
  "Lavede en plan for den næste uge i skolen.",
  "Den unge fortalte om en svær weekend.",
  "Fulgte op på kontakten til uddannelsesvejlederen.",
  "Forælder deltog den sidste halve time.",
  "Talte om forventninger til overdragelse.",
  "",
};
BB_DEMO_COUNT (_bb_demo_meeting_notes);

const char * const _bb_demo_goals[] = {
  "Komme i skole fire dage om ugen",
  "Sove mindst syv timer de fleste nætter",
  "Tage med til en fritidsaktivitet",
  "Tale med forældrene om det, der er svært",
  "Finde en uddannelse at søge ind på",
  "Kunne håndtere angst i klassen",
  "Have en fast dagsrytme",
};
BB_DEMO_COUNT (_bb_demo_goals);

const char * const _bb_demo_handover_notes[] = {
  "Har brug for en fast voksen og korte, konkrete aftaler.",
  "Angst fylder mest; vil gerne i gruppe, når det bliver muligt.",
  "Forældrene ønsker at være med ved første møde.",
  "Skal have hjælp til at komme af sted de første gange.",
  "Har haft god effekt af samtalerne og vil fortsætte i et længere forløb.",
};
BB_DEMO_COUNT (_bb_demo_handover_notes);

const char * const _bb_demo_staff_roles[] = {
  "Behandler", "Medrådgiver", "Familiebehandler", "Mentor",
};
BB_DEMO_COUNT (_bb_demo_staff_roles);

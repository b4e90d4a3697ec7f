"""Build the UNIAP press release of 19 June 2009 in code; print JSON and findings.

The release: "Mekong countries build regional capacity to combat transnational
human trafficking", Ayutthaya, Thailand. Every fact in it has a home here: the
issuer and its office footer, the six COMMIT governments and the partner
organisations, the participants and their quotes, the seven media contacts.

Run it:  python examples/uniap_2009.py > uniap_2009.json
The JSON goes to standard output, the findings to standard error.
"""

from __future__ import annotations

import datetime
import sys

from pressrelease import (
    Contact,
    Dateline,
    Organisation,
    Participant,
    Phone,
    PhoneKind,
    PostalAddress,
    Quote,
    Release,
    check,
    to_json,
)

UNIAP = Organisation(
    id="uniap",
    name="United Nations Inter-Agency Project on Human Trafficking",
    acronym="UNIAP",
    kind="un_body",
    role="Secretariat to the COMMIT Process",
    website="http://www.no-trafficking.org",
    address=PostalAddress(
        name="UNIAP Regional Management Office",
        street=("United Nations Building 7th floor", "Block B Rajdamnern Nok Ave."),
        locality="Bangkok",
        postal_code="10200",
        country="TH",
    ),
    phones=("+66-2-288-2213", Phone(number="+66-2-280-0268", kind=PhoneKind.FAX)),
)

COMMIT_COUNTRIES = {
    "KH": "Cambodia",
    "CN": "China",
    "LA": "Lao PDR",
    "MM": "Myanmar",
    "TH": "Thailand",
    "VN": "Viet Nam",
}
GOVERNMENTS = tuple(
    Organisation(
        id=f"gov-{code.lower()}",
        name=f"Government of {name}",
        kind="government",
        country=code,
        role="member of the COMMIT Process",
    )
    for code, name in COMMIT_COUNTRIES.items()
)


def _partner(id: str, name: str, acronym: str | None, kind: str) -> Organisation:
    return Organisation(
        id=id,
        name=name,
        acronym=acronym,
        kind=kind,
        role="inter-agency partner supporting the COMMIT Process",
    )


ORGANISATIONS = (
    Organisation(
        id="un", name="United Nations", acronym="UN", kind="intergovernmental"
    ),
    Organisation(
        id="commit",
        name="Coordinated Mekong Ministerial Initiative against Human Trafficking",
        acronym="COMMIT",
        kind="intergovernmental",
        members=tuple(g.id for g in GOVERNMENTS),
        description="a formal alliance of the six governments of the Mekong "
        "region to combat human trafficking",
    ),
    *GOVERNMENTS,
    _partner(
        "iom", "International Organization for Migration", "IOM", "intergovernmental"
    ),
    _partner("ilo", "International Labour Organization", "ILO", "un_body"),
    _partner("world-vision", "World Vision", None, "ngo"),
    _partner("unicef", "United Nations Children's Fund", "UNICEF", "un_body"),
    _partner("adb", "Asian Development Bank", "ADB", "intergovernmental"),
    Organisation(
        id="gov-au", name="Australian Government", kind="government", country="AU"
    ),
    Organisation(
        id="artip",
        name="Asia Regional Trafficking in Persons Project",
        acronym="ARTIP",
        kind="donor_programme",
        funders=("gov-au",),
        role="inter-agency partner supporting the COMMIT Process",
    ),
    Organisation(
        id="moj-th",
        name="Ministry of Justice",
        kind="ministry",
        country="TH",
        parent="gov-th",
    ),
    Organisation(
        id="dsi",
        name="Department of Special Investigation",
        acronym="DSI",
        kind="government_agency",
        country="TH",
        parent="moj-th",
    ),
    Organisation(
        id="licadho",
        name="LICADHO",
        acronym="LICADHO",
        kind="ngo",
        country="KH",
        description="a Cambodian human rights NGO",
    ),
    Organisation(
        id="supreme-court-mm",
        name="Supreme Court of Myanmar",
        kind="judiciary",
        country="MM",
    ),
    Organisation(
        id="mps-vn",
        name="Ministry of Public Security",
        kind="ministry",
        country="VN",
        parent="gov-vn",
    ),
    Organisation(
        id="ato-vn",
        name="Anti-trafficking Office",
        kind="government_agency",
        country="VN",
        parent="mps-vn",
    ),
    Organisation(
        id="molsw-la",
        name="Ministry of Labour and Social Welfare",
        kind="ministry",
        country="LA",
        parent="gov-la",
    ),
)

PARTICIPANTS = (
    Participant(
        id="cn-official",
        description="a Chinese Government official attending the training",
        organisation="gov-cn",
        country="CN",
    ),
    Participant(
        id="chachvan-bunmee",
        rank="Police Lieutenant Colonel",
        name="Chachvan Bunmee",
        organisation="dsi",
        country="TH",
    ),
    Participant(
        id="chhuon-vibol",
        honorific="Mr",
        name="Chhuon Vibol",
        organisation="licadho",
        country="KH",
    ),
    Participant(
        id="nant-aye-aye-kyi",
        honorific="Ms",
        name="Nant Aye Aye Kyi",
        title="Deputy Director",
        organisation="supreme-court-mm",
        country="MM",
    ),
    Participant(
        id="tran-dinh-huan",
        honorific="Mr",
        rank="Senior Lieutenant Colonel",
        name="Tran Dinh Huan",
        title="Head",
        organisation="ato-vn",
        country="VN",
    ),
    Participant(
        id="vannaeth-chanthavong",
        honorific="Mr",
        name="Vannaeth Chanthavong",
        organisation="molsw-la",
        country="LA",
    ),
)

BODY = (
    "According to the UN, there are an estimated 2.5 million trafficked persons "
    "worldwide, with a concentration in the Asia and Pacific region, and "
    "traffickers are making illicit profits estimated at $31 billion US dollars. "
    "In response, representatives from the six countries of the Mekong region have "
    "joined forces in a week-long training in Ayutthaya, Thailand, to strengthen "
    "their collective efforts to combat the transnational crime of human "
    "trafficking.",
    "The regional training, with government and law enforcement officials, members "
    "of judiciaries, non-governmental organizations (NGOs), and victim support "
    "agencies, is one of the flagship initiatives of the Coordinated Mekong "
    "Ministerial Initiative against Human Trafficking (COMMIT) Process. COMMIT is "
    "led by the governments of Cambodia, China, Lao PDR, Myanmar, Thailand, and "
    "Viet Nam, in a formal alliance to combat human trafficking. The United Nations "
    "Inter-Agency Project on Human Trafficking (UNIAP) acts as Secretariat to the "
    "COMMIT Process, which receives broad support from a wide range of inter-agency "
    "partners such as IOM, ILO, World Vision, UNICEF, the Asian Development Bank "
    "(ADB), and the Australian Government-funded Asia Regional Trafficking in "
    "Persons Project (ARTIP).",
    "In 2004, the COMMIT countries signed a historic Memorandum of Understanding at "
    "the Ministerial level, pledging solidarity and action on sustained and "
    "targeted efforts to fight human trafficking. It is the only agreement of its "
    "kind in the world. This regional counter-trafficking training is an integral "
    "part of these efforts, strengthening capacity to identify indicators of "
    "trafficking and exploitation; investigate the crimes and the criminals "
    "involved; screen and protect victims; identify and reduce risk factors; and "
    "strengthen cross-border systems for cooperation.",
    "Several participants in this week's training shared their views and perspectives:",
    '"Trafficking is a transnational crime that requires transnational dialogue '
    'and action," says a Chinese Government official attending the training. "It '
    "is only by meeting with our counterparts from other countries in the region "
    "that we can gather the information we need to combat human trafficking in our "
    'region."',
    "Police Lieutenant Colonel Chachvan Bunmee from the Department of Special "
    "Investigation (DSI) of Thailand's Ministry of Justice emphasizes the "
    'importance of involving many different actors in combating trafficking. "In '
    "Thailand, it is the police's responsibility to conduct investigations and "
    "raids on suspected traffickers. However we often involve social workers and "
    "NGO representatives in this process, as they are able to bring essential "
    "information and expertise to the operation that the police can benefit "
    'from."',
    'Mr Chhuon Vibol of LICADHO, a Cambodian human rights NGO, agrees. "NGOs and '
    'community support groups have to be part of this process too," he says. "NGOs '
    "and social workers are able to gather crucial information at the grassroots "
    "and community level, so we can get the real picture. This information is "
    "vital to understand the vulnerability of victims, and how best to support and "
    'protect them."',
    "Ms Nant Aye Aye Kyi, Deputy Director of the Supreme Court of Myanmar, "
    "expressed her appreciation for the training. \u201cWe want to see human "
    "traffickers behind bars,\u201d she says. \u201cPeople from Myanmar are often "
    "trafficked across borders to other countries. Without cooperation with these "
    "countries, and without a full understanding of their legal systems, how can "
    "the perpetrators of these horrible crimes ever be punished?\u201d",
    "Senior Lieutenant Colonel Mr Tran Dinh Huan, Head of the Anti-trafficking "
    "Office in Vietnam\u2019s Ministry of Public Security highlighted the "
    "trafficking risk that the current global economic crisis might bring to "
    "vulnerable communities and families. \u201cIn Vietnam and other countries in "
    "this region, hundreds of factories have closed over the past six months, and "
    "thousands of workers have been laid off. Many of these are migrant workers who "
    "have now returned to their villages. We need to do all we can to protect "
    "workers and their families from a heightened risk of exploitation as a direct "
    "result of struggling industries.\u201d",
    "Mr Vannaeth Chanthavong of the Lao PDR Ministry of Labour and Social Welfare "
    "added that to prevent human trafficking, better job opportunities and an "
    "improved quality of life should be offered at home. \u201cLaos is a source "
    "country, meaning that Lao people are trafficked to other countries. More jobs "
    "at home would create less of a need for jobs abroad.\u201d",
    "Human trafficking is a highly complex problem in this region due to a variety "
    "of factors. Chief among these has been poor coordination between countries "
    "and a lack of knowledge by governments about how other countries tackle the "
    "problem. Without interventions like COMMIT, human traffickers will continue to "
    "reap the benefits of this low-risk, high-profit crime, while millions of "
    "innocent victims will be left to suffer at their hands.",
)

QUOTES = (
    Quote(
        text="Trafficking is a transnational crime that requires transnational "
        "dialogue and action,",
        speaker="cn-official",
        framing="says",
        paragraph=4,
    ),
    Quote(
        text="It is only by meeting with our counterparts from other countries in "
        "the region that we can gather the information we need to combat human "
        "trafficking in our region.",
        speaker="cn-official",
        paragraph=4,
    ),
    Quote(
        text="In Thailand, it is the police's responsibility to conduct "
        "investigations and raids on suspected traffickers. However we often "
        "involve social workers and NGO representatives in this process, as they "
        "are able to bring essential information and expertise to the operation "
        "that the police can benefit from.",
        speaker="chachvan-bunmee",
        framing="emphasizes the importance of involving many different actors in "
        "combating trafficking",
        paragraph=5,
    ),
    Quote(
        text="NGOs and community support groups have to be part of this process too,",
        speaker="chhuon-vibol",
        framing="agrees; he says",
        paragraph=6,
    ),
    Quote(
        text="NGOs and social workers are able to gather crucial information at the "
        "grassroots and community level, so we can get the real picture. This "
        "information is vital to understand the vulnerability of victims, and how "
        "best to support and protect them.",
        speaker="chhuon-vibol",
        paragraph=6,
    ),
    Quote(
        text="We want to see human traffickers behind bars,",
        speaker="nant-aye-aye-kyi",
        framing="expressed her appreciation for the training; she says",
        paragraph=7,
    ),
    Quote(
        text="People from Myanmar are often trafficked across borders to other "
        "countries. Without cooperation with these countries, and without a full "
        "understanding of their legal systems, how can the perpetrators of these "
        "horrible crimes ever be punished?",
        speaker="nant-aye-aye-kyi",
        paragraph=7,
    ),
    Quote(
        text="In Vietnam and other countries in this region, hundreds of factories "
        "have closed over the past six months, and thousands of workers have been "
        "laid off. Many of these are migrant workers who have now returned to their "
        "villages. We need to do all we can to protect workers and their families "
        "from a heightened risk of exploitation as a direct result of struggling "
        "industries.",
        speaker="tran-dinh-huan",
        framing="highlighted the trafficking risk that the current global economic "
        "crisis might bring to vulnerable communities and families",
        paragraph=8,
    ),
    Quote(
        text="Laos is a source country, meaning that Lao people are trafficked to "
        "other countries. More jobs at home would create less of a need for jobs "
        "abroad.",
        speaker="vannaeth-chanthavong",
        framing="added that to prevent human trafficking, better job opportunities "
        "and an improved quality of life should be offered at home",
        paragraph=9,
    ),
)


def _contact(
    honorific: str,
    name: str,
    language: str,
    email: str,
    phones: tuple[str | Phone, ...],
    country: str,
) -> Contact:
    return Contact(
        honorific=honorific,
        name=name,
        organisation="uniap",
        language=language,
        emails=(email,),
        phones=phones,
        country=country,
    )


CONTACTS = (
    _contact(
        "Ms.",
        "Dominique Larsimont",
        "en",
        "dominique.larsimont@undp.org",
        # Unlabelled in the text, but Thailand's 08x numbering is mobile: the
        # text importer's reading (a label first, else the numbering plan).
        (Phone(number="+66 878 23 8810", kind=PhoneKind.MOBILE),),
        "TH",
    ),
    # The name is "He Yuxiao" but the address "yunxiao": both kept as written.
    _contact(
        "Ms.",
        "He Yuxiao",
        "zh",
        "yunxiao.he@public.un.org.cn",
        ("+86 10 6420 1827",),
        "CN",
    ),
    _contact(
        "Mr.",
        "Phimmasone Thongphataysack",
        "lo",
        "phimmasone.thongphataysack@undp.org",
        ("+856 21 267 792",),
        "LA",
    ),
    _contact(
        "Ms.",
        "Supanee Pongruengphant",
        "th",
        "supanee.pongruengphant@un.or.th",
        ("+66 2 288 1746",),
        "TH",
    ),
    # Written before Viet Nam's 2017 renumbering: possible, no longer valid.
    _contact(
        "Ms.",
        "Nguyen Thi Cam Thuy",
        "vi",
        "nguyen.thi.cam.thuy@un.org.vn",
        ("+84 43 942 6511",),
        "VN",
    ),
    # Written as the range "+95 1 254 852/3": two numbers.
    _contact(
        "Mr.",
        "Aung Ye Htut",
        "my",
        "ayhtut.uniapmm@undp.org",
        ("+95 1 254 852", "+95 1 254 853"),
        "MM",
    ),
    _contact(
        "Mr.",
        "Huot Vichheka",
        "km",
        "vichheka.huot@undp.org",
        ("+855 23 211 240 ext.334",),
        "KH",
    ),
)


def build_release() -> Release:
    """The whole UNIAP 2009 release as a validated ``Release``."""
    return Release(
        id="uniap-2009-06-19-mekong-regional-training",
        headline="MEKONG COUNTRIES BUILD REGIONAL CAPACITY TO COMBAT TRANSNATIONAL "
        "HUMAN TRAFFICKING",
        language="en",
        dateline=Dateline(
            place="Ayutthaya", country="TH", date=datetime.date(2009, 6, 19)
        ),
        issuer=UNIAP,
        body=BODY,
        organisations=ORGANISATIONS,
        participants=PARTICIPANTS,
        quotes=QUOTES,
        contacts=CONTACTS,
        countries=tuple(COMMIT_COUNTRIES),
    )


def main() -> int:
    release = build_release()
    sys.stdout.write(to_json(release))
    for finding in check(release):
        print(f"finding: {finding}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

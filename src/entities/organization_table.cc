#include <array>

#include "entities/name_tables.h"

namespace dateline::entities {
namespace {

// names, country or organization code, role, label.
constexpr std::array kOrganizations = {
    // Intergovernmental organizations: the code stands in the country field.
    OrganizationRecord{"United Nations|UN|U.N.|UN Security Council|U.N. Security Council|"
                       "Security Council|UN General Assembly|General Assembly|UNSC",
                       "UNO", "IGO", "ORG"},
    OrganizationRecord{"NATO|North Atlantic Treaty Organization", "NAT", "IGO", "ORG"},
    OrganizationRecord{"European Union|EU|E.U.|European Commission|European Community|"
                       "European Economic Community",
                       "EEC", "IGO", "ORG"},
    OrganizationRecord{"OSCE|Organization for Security and Co-operation in Europe|"
                       "Organization for Security and Cooperation in Europe|OSCE Minsk Group|"
                       "Minsk Group",
                       "OSC", "IGO", "ORG"},
    OrganizationRecord{"African Union|AU", "AFU", "IGO", "ORG"},
    OrganizationRecord{"Arab League|League of Arab States", "ARL", "IGO", "ORG"},
    OrganizationRecord{"ASEAN|Association of Southeast Asian Nations", "ASN", "IGO", "ORG"},
    OrganizationRecord{"Collective Security Treaty Organization|CSTO", "CST", "IGO", "ORG"},
    OrganizationRecord{"Commonwealth of Independent States|CIS", "CIS", "IGO", "ORG"},
    OrganizationRecord{"World Health Organization|WHO", "WHO", "IGO", "ORG"},
    OrganizationRecord{"International Monetary Fund|IMF", "IMF", "IGO", "ORG"},
    OrganizationRecord{"World Bank", "WBK", "IGO", "ORG"},
    OrganizationRecord{"International Criminal Court|ICC", "ICC", "IGO", "ORG"},
    OrganizationRecord{"International Atomic Energy Agency|IAEA", "IAE", "IGO", "ORG"},
    OrganizationRecord{"OPEC", "OPC", "IGO", "ORG"},
    // Non-governmental organizations.
    OrganizationRecord{"International Committee of the Red Cross|ICRC|Red Cross", "IRC", "NGO",
                       "ORG"},
    OrganizationRecord{"Amnesty International", "AMN", "NGO", "ORG"},
    OrganizationRecord{"Human Rights Watch", "HRW", "NGO", "ORG"},
    // Seats and bodies of state power that stand for a government in news.
    OrganizationRecord{"Kremlin", "RUS", "GOV", "ORG"},
    OrganizationRecord{"State Duma|Duma", "RUS", "LEG", "ORG"},
    OrganizationRecord{"White House", "USA", "GOV", "ORG"},
    // Not the UN's Security Council (the actor dictionary codes it so too).
    OrganizationRecord{"National Security Council", "USA", "GOV", "ORG"},
    OrganizationRecord{"State Department", "USA", "GOV", "ORG"},
    OrganizationRecord{"Pentagon", "USA", "MIL", "ORG"},
    OrganizationRecord{"Capitol Hill", "USA", "LEG", "ORG"},
    OrganizationRecord{"Downing Street|Whitehall", "GBR", "GOV", "ORG"},
    OrganizationRecord{"Elysee|Élysée|Elysee Palace|Élysée Palace", "FRA", "GOV", "ORG"},
    OrganizationRecord{"Bundestag", "DEU", "LEG", "ORG"},
    OrganizationRecord{"Knesset", "ISR", "LEG", "ORG"},
    OrganizationRecord{"Blue House", "KOR", "GOV", "ORG"},
};

}  // namespace

std::span<const OrganizationRecord> OrganizationRecords() { return kOrganizations; }

}  // namespace dateline::entities

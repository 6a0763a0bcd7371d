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
    // Companies, coded as their country's business sector (BUS). Most carry a country or
    // demonym in their name ("American Airlines", "Air France"), which must not make
    // them the state; a few are state champions that sanctions and deals name.
    OrganizationRecord{"American Airlines", "USA", "BUS", "ORG"},
    OrganizationRecord{"United Airlines", "USA", "BUS", "ORG"},
    OrganizationRecord{"Delta Air Lines", "USA", "BUS", "ORG"},
    OrganizationRecord{"Bank of America", "USA", "BUS", "ORG"},
    OrganizationRecord{"American Express", "USA", "BUS", "ORG"},
    OrganizationRecord{"British Airways", "GBR", "BUS", "ORG"},
    OrganizationRecord{"British Petroleum|BP", "GBR", "BUS", "ORG"},
    OrganizationRecord{"British Telecom", "GBR", "BUS", "ORG"},
    OrganizationRecord{"Air France|Air France-KLM", "FRA", "BUS", "ORG"},
    OrganizationRecord{"Turkish Airlines", "TUR", "BUS", "ORG"},
    OrganizationRecord{"Deutsche Bank", "DEU", "BUS", "ORG"},
    OrganizationRecord{"Deutsche Telekom", "DEU", "BUS", "ORG"},
    OrganizationRecord{"Deutsche Bahn", "DEU", "BUS", "ORG"},
    OrganizationRecord{"Lufthansa", "DEU", "BUS", "ORG"},
    OrganizationRecord{"Air India", "IND", "BUS", "ORG"},
    OrganizationRecord{"Air Canada", "CAN", "BUS", "ORG"},
    OrganizationRecord{"Air China|China Eastern Airlines|China Southern Airlines", "CHN", "BUS",
                       "ORG"},
    OrganizationRecord{"China Mobile|Bank of China|China National Petroleum Corporation", "CHN",
                       "BUS", "ORG"},
    OrganizationRecord{"Huawei|ZTE", "CHN", "BUS", "ORG"},
    OrganizationRecord{"Japan Airlines|All Nippon Airways", "JPN", "BUS", "ORG"},
    OrganizationRecord{"Korean Air|Korean Air Lines", "KOR", "BUS", "ORG"},
    OrganizationRecord{"Singapore Airlines", "SGP", "BUS", "ORG"},
    OrganizationRecord{"Malaysia Airlines", "MYS", "BUS", "ORG"},
    OrganizationRecord{"Qatar Airways", "QAT", "BUS", "ORG"},
    OrganizationRecord{"Saudi Aramco|Aramco", "SAU", "BUS", "ORG"},
    OrganizationRecord{"Russian Railways|Gazprom|Rosneft|Aeroflot", "RUS", "BUS", "ORG"},
    OrganizationRecord{"Ukraine International Airlines|Naftogaz", "UKR", "BUS", "ORG"},
    OrganizationRecord{"Iran Air", "IRN", "BUS", "ORG"},
    OrganizationRecord{"Pakistan International Airlines", "PAK", "BUS", "ORG"},
    OrganizationRecord{"Royal Dutch Shell", "NLD", "BUS", "ORG"},
    OrganizationRecord{"Royal Air Maroc", "MAR", "BUS", "ORG"},
    OrganizationRecord{"EgyptAir", "EGY", "BUS", "ORG"},
    OrganizationRecord{"Ethiopian Airlines", "ETH", "BUS", "ORG"},
    OrganizationRecord{"Kenya Airways", "KEN", "BUS", "ORG"},
    OrganizationRecord{"South African Airways", "ZAF", "BUS", "ORG"},
    OrganizationRecord{"Philippine Airlines", "PHL", "BUS", "ORG"},
    OrganizationRecord{"Thai Airways", "THA", "BUS", "ORG"},
    OrganizationRecord{"Vietnam Airlines", "VNM", "BUS", "ORG"},
    OrganizationRecord{"Air New Zealand", "NZL", "BUS", "ORG"},
    OrganizationRecord{"Alitalia", "ITA", "BUS", "ORG"},
    OrganizationRecord{"Swiss International Air Lines", "CHE", "BUS", "ORG"},
    OrganizationRecord{"Austrian Airlines", "AUT", "BUS", "ORG"},
    OrganizationRecord{"Norwegian Air Shuttle", "NOR", "BUS", "ORG"},
    OrganizationRecord{"Aer Lingus", "IRL", "BUS", "ORG"},
    OrganizationRecord{"LOT Polish Airlines", "POL", "BUS", "ORG"},
    OrganizationRecord{"Samsung|Hyundai", "KOR", "BUS", "ORG"},
};

}  // namespace

std::span<const OrganizationRecord> OrganizationRecords() { return kOrganizations; }

}  // namespace dateline::entities

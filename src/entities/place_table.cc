#include <array>

#include "entities/name_tables.h"

namespace dateline::entities {
namespace {

// names, country, lat, lon.
constexpr std::array kCities = {
    // South Caucasus.
    // (The seat of Nagorno-Karabakh's de facto authorities: "officials in Stepanakert".)
    PlaceRecord{"Stepanakert|Khankendi", "AZE", 39.82, 46.75, "NKR"},
    PlaceRecord{"Shusha|Shushi", "AZE", 39.76, 46.75},
    PlaceRecord{"Ganja", "AZE", 40.68, 46.36},
    PlaceRecord{"Tartar|Terter", "AZE", 40.34, 46.93},
    PlaceRecord{"Barda", "AZE", 40.37, 47.13},
    PlaceRecord{"Mingachevir", "AZE", 40.77, 47.05},
    PlaceRecord{"Agdam", "AZE", 39.99, 46.93},
    PlaceRecord{"Hadrut", "AZE", 39.52, 47.03},
    PlaceRecord{"Fuzuli|Fizuli", "AZE", 39.60, 47.14},
    PlaceRecord{"Jabrayil", "AZE", 39.40, 47.03},
    PlaceRecord{"Lachin", "AZE", 39.64, 46.55},
    PlaceRecord{"Kalbajar", "AZE", 40.10, 46.04},
    PlaceRecord{"Martuni|Khojavend", "AZE", 39.79, 47.11},
    PlaceRecord{"Gyumri", "ARM", 40.79, 43.85},
    PlaceRecord{"Vanadzor", "ARM", 40.81, 44.49},
    PlaceRecord{"Batumi", "GEO", 41.64, 41.64},
    // Europe and Russia.
    PlaceRecord{"Istanbul", "TUR", 41.01, 28.98},
    PlaceRecord{"Izmir", "TUR", 38.42, 27.14},
    PlaceRecord{"St Petersburg|St. Petersburg|Saint Petersburg", "RUS", 59.93, 30.34},
    PlaceRecord{"Sochi", "RUS", 43.60, 39.73},
    PlaceRecord{"Grozny", "RUS", 43.32, 45.69},
    PlaceRecord{"Donetsk", "UKR", 48.02, 37.80},
    PlaceRecord{"Luhansk|Lugansk", "UKR", 48.57, 39.31},
    PlaceRecord{"Kharkiv|Kharkov", "UKR", 49.99, 36.23},
    PlaceRecord{"Odesa|Odessa", "UKR", 46.48, 30.72},
    PlaceRecord{"Mariupol", "UKR", 47.10, 37.55},
    PlaceRecord{"Sevastopol", "UKR", 44.62, 33.52},
    PlaceRecord{"Geneva", "CHE", 46.20, 6.14},
    PlaceRecord{"Strasbourg", "FRA", 48.57, 7.75},
    PlaceRecord{"Munich", "DEU", 48.14, 11.58},
    PlaceRecord{"The Hague|the Hague", "NLD", 52.08, 4.30},
    // Middle East and North Africa.
    PlaceRecord{"Aleppo", "SYR", 36.20, 37.13},
    PlaceRecord{"Idlib", "SYR", 35.93, 36.63},
    PlaceRecord{"Homs", "SYR", 34.73, 36.72},
    PlaceRecord{"Raqqa", "SYR", 35.95, 39.01},
    PlaceRecord{"Mosul", "IRQ", 36.34, 43.13},
    PlaceRecord{"Basra", "IRQ", 30.51, 47.78},
    PlaceRecord{"Erbil|Irbil", "IRQ", 36.19, 44.01},
    PlaceRecord{"Kirkuk", "IRQ", 35.47, 44.39},
    PlaceRecord{"Gaza City", "PSE", 31.50, 34.47},
    PlaceRecord{"Tel Aviv", "ISR", 32.09, 34.78},
    PlaceRecord{"Haifa", "ISR", 32.79, 34.99},
    PlaceRecord{"Tabriz", "IRN", 38.08, 46.29},
    PlaceRecord{"Aden", "YEM", 12.79, 45.03},
    PlaceRecord{"Hodeidah", "YEM", 14.80, 42.95},
    PlaceRecord{"Benghazi", "LBY", 32.12, 20.09},
    PlaceRecord{"Misrata", "LBY", 32.38, 15.09},
    PlaceRecord{"Alexandria", "EGY", 31.20, 29.92},
    PlaceRecord{"Dubai", "ARE", 25.20, 55.27},
    PlaceRecord{"Jeddah", "SAU", 21.49, 39.19},
    PlaceRecord{"Mecca", "SAU", 21.39, 39.86},
    // Asia.
    PlaceRecord{"Kandahar", "AFG", 31.63, 65.71},
    PlaceRecord{"Herat", "AFG", 34.35, 62.20},
    PlaceRecord{"Karachi", "PAK", 24.86, 67.01},
    PlaceRecord{"Lahore", "PAK", 31.55, 74.34},
    PlaceRecord{"Mumbai", "IND", 19.08, 72.88},
    PlaceRecord{"Shanghai", "CHN", 31.23, 121.47},
    PlaceRecord{"Hong Kong", "CHN", 22.32, 114.17},
    // Africa and the Americas.
    PlaceRecord{"Goma", "COD", -1.68, 29.22},
    PlaceRecord{"Bujumbura", "BDI", -3.38, 29.36},
    PlaceRecord{"Abidjan", "CIV", 5.36, -4.01},
    PlaceRecord{"Lagos", "NGA", 6.52, 3.38},
    PlaceRecord{"Johannesburg", "ZAF", -26.20, 28.05},
    PlaceRecord{"Sucre", "BOL", -19.05, -65.26},
    PlaceRecord{"New York|New York City", "USA", 40.71, -74.01},
    PlaceRecord{"Los Angeles", "USA", 34.05, -118.24},
    PlaceRecord{"Chicago", "USA", 41.88, -87.63},
};

constexpr std::array kRegions = {
    PlaceRecord{"Nagorno-Karabakh|Nagorno Karabakh|Nagorny Karabakh|Nagorno-Karabagh|"
                "Karabakh|Artsakh",
                "AZE", 39.87, 46.63, "NKR"},
    PlaceRecord{"Crimea", "UKR", 45.00, 34.10},
    PlaceRecord{"Donbas|Donbass", "UKR", 48.00, 38.00},
    PlaceRecord{"Abkhazia", "GEO", 43.00, 41.00},
    PlaceRecord{"South Ossetia", "GEO", 42.35, 44.00},
    PlaceRecord{"Transnistria", "MDA", 47.20, 29.40},
    PlaceRecord{"Chechnya", "RUS", 43.40, 45.70},
    PlaceRecord{"Gaza|Gaza Strip", "PSE", 31.42, 34.36},
    PlaceRecord{"West Bank", "PSE", 31.95, 35.30},
    PlaceRecord{"Golan Heights|Golan", "SYR", 33.00, 35.75},
    PlaceRecord{"Iraqi Kurdistan|Kurdistan", "IRQ", 36.40, 44.40},
    PlaceRecord{"Kashmir", "", 34.10, 74.80},
    PlaceRecord{"Xinjiang", "CHN", 41.00, 85.00},
    PlaceRecord{"Tibet", "CHN", 31.00, 88.00},
    PlaceRecord{"Darfur", "SDN", 13.50, 24.00},
    PlaceRecord{"Tigray", "ETH", 14.00, 39.00},
    PlaceRecord{"Sinai", "EGY", 29.50, 33.80},
    PlaceRecord{"Balochistan|Baluchistan", "PAK", 28.50, 65.00},
    PlaceRecord{"Caucasus|South Caucasus", "", 42.00, 44.00},
    PlaceRecord{"Middle East", "", 29.00, 42.00},
    PlaceRecord{"Balkans", "", 43.00, 21.00},
    PlaceRecord{"Sahel", "", 15.00, 0.00},
    // Parts of the Americas, so that their "America" is not the United States.
    PlaceRecord{"Latin America|Latin American", "", 5.00, -65.00},
    PlaceRecord{"South America|South American", "", -15.00, -60.00},
    PlaceRecord{"Central America|Central American", "", 13.50, -86.00},
    PlaceRecord{"North America|North American", "", 45.00, -100.00},
};

}  // namespace

std::span<const PlaceRecord> CityRecords() { return kCities; }
std::span<const PlaceRecord> RegionRecords() { return kRegions; }

}  // namespace dateline::entities

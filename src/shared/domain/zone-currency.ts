/**
 * The currency a home time zone most likely pays in: the first-run welcome's suggestion (the
 * user can pick another). Zones name cities, not countries, so this is a short list of the
 * places Carnet's users live in, then the region's usual currency, then the euro.
 */
const BY_ZONE: Record<string, string> = {
  'Europe/London': 'GBP', 'Europe/Belfast': 'GBP', 'Europe/Jersey': 'GBP', 'Europe/Guernsey': 'GBP', 'Europe/Isle_of_Man': 'GBP', 'Europe/Gibraltar': 'GBP',
  'Europe/Zurich': 'CHF', 'Europe/Vaduz': 'CHF', 'Europe/Busingen': 'CHF',
  'Europe/Oslo': 'NOK', 'Europe/Stockholm': 'SEK', 'Europe/Copenhagen': 'DKK', 'Europe/Reykjavik': 'ISK', 'Atlantic/Reykjavik': 'ISK',
  'Europe/Warsaw': 'PLN', 'Europe/Prague': 'CZK', 'Europe/Budapest': 'HUF', 'Europe/Bucharest': 'RON', 'Europe/Belgrade': 'RSD',
  'Europe/Istanbul': 'TRY', 'Asia/Istanbul': 'TRY', 'Europe/Moscow': 'RUB', 'Europe/Kyiv': 'UAH', 'Europe/Kiev': 'UAH',
  'America/Toronto': 'CAD', 'America/Vancouver': 'CAD', 'America/Montreal': 'CAD', 'America/Edmonton': 'CAD', 'America/Winnipeg': 'CAD',
  'America/Halifax': 'CAD', 'America/St_Johns': 'CAD', 'America/Regina': 'CAD',
  'America/Mexico_City': 'MXN', 'America/Cancun': 'MXN', 'America/Tijuana': 'MXN', 'America/Monterrey': 'MXN',
  'America/Sao_Paulo': 'BRL', 'America/Santiago': 'CLP', 'America/Bogota': 'COP', 'America/Lima': 'PEN',
  'Asia/Tokyo': 'JPY', 'Asia/Seoul': 'KRW', 'Asia/Shanghai': 'CNY', 'Asia/Chongqing': 'CNY', 'Asia/Urumqi': 'CNY',
  'Asia/Hong_Kong': 'HKD', 'Asia/Macau': 'MOP', 'Asia/Taipei': 'TWD', 'Asia/Singapore': 'SGD', 'Asia/Kuala_Lumpur': 'MYR',
  'Asia/Bangkok': 'THB', 'Asia/Jakarta': 'IDR', 'Asia/Manila': 'PHP', 'Asia/Ho_Chi_Minh': 'VND', 'Asia/Kolkata': 'INR', 'Asia/Calcutta': 'INR',
  'Asia/Dubai': 'AED', 'Asia/Qatar': 'QAR', 'Asia/Riyadh': 'SAR', 'Asia/Kuwait': 'KWD', 'Asia/Bahrain': 'BHD',
  'Asia/Jerusalem': 'ILS', 'Asia/Tel_Aviv': 'ILS', 'Asia/Karachi': 'PKR',
  'Pacific/Auckland': 'NZD', 'Pacific/Honolulu': 'USD',
  'Africa/Johannesburg': 'ZAR', 'Africa/Cairo': 'EGP', 'Africa/Casablanca': 'MAD', 'Africa/Lagos': 'NGN',
};

const BY_REGION: Record<string, string> = { Europe: 'EUR', America: 'USD', US: 'USD', Canada: 'CAD', Australia: 'AUD' };

export function currencyForZone(zone: string): string {
  if (zone.startsWith('America/Argentina/')) return 'ARS';
  return BY_ZONE[zone] ?? BY_REGION[zone.split('/')[0] ?? ''] ?? 'EUR';
}

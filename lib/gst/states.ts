// GST state and union territory codes (the first two digits of a GSTIN, and the place of
// supply on a bill). Source: GSTN's state code list. Pure data: the UI and the server share it.
export const GST_STATES: Record<string, string> = {
  "01": "Jammu and Kashmir",
  "02": "Himachal Pradesh",
  "03": "Punjab",
  "04": "Chandigarh",
  "05": "Uttarakhand",
  "06": "Haryana",
  "07": "Delhi",
  "08": "Rajasthan",
  "09": "Uttar Pradesh",
  "10": "Bihar",
  "11": "Sikkim",
  "12": "Arunachal Pradesh",
  "13": "Nagaland",
  "14": "Manipur",
  "15": "Mizoram",
  "16": "Tripura",
  "17": "Meghalaya",
  "18": "Assam",
  "19": "West Bengal",
  "20": "Jharkhand",
  "21": "Odisha",
  "22": "Chhattisgarh",
  "23": "Madhya Pradesh",
  "24": "Gujarat",
  "26": "Dadra and Nagar Haveli and Daman and Diu",
  "27": "Maharashtra",
  "29": "Karnataka",
  "30": "Goa",
  "31": "Lakshadweep",
  "32": "Kerala",
  "33": "Tamil Nadu",
  "34": "Puducherry",
  "35": "Andaman and Nicobar Islands",
  "36": "Telangana",
  "37": "Andhra Pradesh",
  "38": "Ladakh",
  "97": "Other Territory",
};

const byName = new Map(Object.entries(GST_STATES).map(([code, name]) => [name.toLowerCase(), code]));

/** The code of a state written by name ("rajasthan" -> "08"); null when it is not one we know. */
export function stateCodeOf(name: string | null | undefined): string | null {
  return name ? (byName.get(name.trim().toLowerCase()) ?? null) : null;
}

export const stateLabel = (code: string | null | undefined) => (code ? `${GST_STATES[code] ?? "?"} (${code})` : "");

import { ambiguous, zone, type ZoneLookup } from './zone-lookup';

/**
 * NANP area code → zone, for US, Canadian and Caribbean numbers. Derived from libphonenumber's
 * time-zone map (resources/timezones/map_data.txt, Apache-2.0) with area codes opened since, and
 * corrected where that map is coarse: Saskatchewan (306/639/474) keeps Central Standard Time all
 * year (America/Regina, not Winnipeg), 437 is Toronto, 689 is Orlando. Area codes that straddle a
 * zone line get their majority zone only when it holds about 90 % or more of the people; the rest
 * are in SPLIT_AREA_CODES.
 */
const ZONES: Record<string, string> = {
  'America/New_York': `201 202 203 207 212 215 216 220 223 227 229 231 234 239 240 248 252 260 267
    269 272 276 283 301 302 304 305 313 315 317 321 326 330 332 335 336 339 347 351 352 363 380 386
    401 404 407 410 412 413 419 423 434 440 443 445 463 470 472 475 478 484 502 508 513 516 517 518
    540 551 561 567 570 571 574 582 585 586 603 606 607 609 610 614 616 617 631 640 645 646 656 667
    678 680 681 686 689 703 704 706 716 717 718 724 727 732 734 740 743 754 757 762 765 770 771 772
    774 781 786 802 803 804 810 813 814 826 828 835 838 839 843 845 848 854 856 857 859 860 862 863
    864 865 878 904 908 910 912 914 917 919 929 934 937 941 943 947 948 954 959 973 978 980 984 989`,
  'America/Chicago': `205 210 214 217 218 219 224 225 228 251 254 256 262 274 281 309 312 314 316
    318 319 320 325 327 331 334 337 346 361 402 405 409 414 417 430 432 447 464 469 479 501 504 507
    512 515 531 534 539 563 572 573 580 601 608 612 615 618 620 629 630 636 641 651 659 660 662 682
    701 708 712 713 715 726 730 731 737 763 769 773 779 785 806 815 816 817 830 832 847 870 872 901
    903 913 918 920 931 936 938 940 945 952 956 972 979 985`,
  'America/Denver': `303 307 385 406 435 505 575 719 720 801 915 970 983`,
  'America/Phoenix': `480 520 602 623 928`,
  'America/Los_Angeles': `206 209 213 253 279 310 323 341 350 360 369 408 415 424 425 442 458 503
    509 510 530 541 559 562 564 619 626 628 650 657 661 669 702 707 714 725 747 760 775 805 818 820
    831 858 909 916 925 949 951 971`,
  'America/Anchorage': `907`,
  'Pacific/Honolulu': `808`,
  'America/Toronto': `226 249 263 289 343 354 365 367 382 416 418 437 438 450 468 514 519 548 579
    581 613 647 683 705 742 753 819 873 905 942`,
  'America/Winnipeg': `204 431 584`,
  'America/Regina': `306 474 639`,
  'America/Edmonton': `368 403 587 780 825`,
  'America/Vancouver': `236 250 257 604 672 778`,
  'America/Halifax': `782 902`,
  'America/Moncton': `428 506`,
  'America/St_Johns': `709 879`,
  'America/Puerto_Rico': `787 939`,
  'America/St_Thomas': `340`,
  'America/Nassau': `242`,
  'America/Barbados': `246`,
  'America/Anguilla': `264`,
  'America/Antigua': `268`,
  'America/Tortola': `284`,
  'America/Cayman': `345`,
  'Atlantic/Bermuda': `441`,
  'America/Grenada': `473`,
  'America/Grand_Turk': `649`,
  'America/Jamaica': `658 876`,
  'America/Montserrat': `664`,
  'Pacific/Saipan': `670`,
  'Pacific/Guam': `671`,
  'Pacific/Pago_Pago': `684`,
  'America/Lower_Princes': `721`,
  'America/St_Lucia': `758`,
  'America/Dominica': `767`,
  'America/St_Vincent': `784`,
  'America/Santo_Domingo': `809 829 849`,
  'America/Port_of_Spain': `868`,
  'America/St_Kitts': `869`,
};

const SPLIT_AREA_CODES: Record<string, string> = {
  '208': 'Idaho: Mountain and Pacific time',
  '986': 'Idaho: Mountain and Pacific time',
  '270': 'western Kentucky: Central and Eastern time',
  '364': 'western Kentucky: Central and Eastern time',
  '308': 'western Nebraska: Central and Mountain time',
  '605': 'South Dakota: Central and Mountain time',
  '807': 'northwestern Ontario: Eastern and Central time',
  '812': 'southern Indiana: Eastern and Central time',
  '930': 'southern Indiana: Eastern and Central time',
  '850': 'the Florida panhandle: Central and Eastern time',
  '448': 'the Florida panhandle: Central and Eastern time',
  '867': 'Yukon, Northwest Territories and Nunavut',
  '906': "Michigan's Upper Peninsula: Eastern and Central time",
};

const NON_GEOGRAPHIC = new Set(
  `800 833 844 855 866 877 888 900 500 521 522 523 524 525 526 527 528 529 532 533 544 566 577 588
   600 622 700 710`.split(/\s+/),
);

const byAreaCode = new Map<string, ZoneLookup>();
for (const [name, codes] of Object.entries(ZONES)) {
  for (const code of codes.split(/\s+/)) if (code) byAreaCode.set(code, zone(name));
}
for (const [code, where] of Object.entries(SPLIT_AREA_CODES)) {
  byAreaCode.set(code, ambiguous(`area code ${code} covers ${where}`));
}

/** The zone an E.164 +1 number's area code points to; null for other countries or unknown codes. */
export function zoneFromNanpNumber(e164: string): ZoneLookup {
  if (!/^\+1\d{10}$/.test(e164)) return null;
  const areaCode = e164.slice(2, 5);
  if (NON_GEOGRAPHIC.has(areaCode)) return null;
  return byAreaCode.get(areaCode) ?? null;
}

export function isNonGeographicNanp(e164: string): boolean {
  return /^\+1\d{10}$/.test(e164) && NON_GEOGRAPHIC.has(e164.slice(2, 5));
}

export function knownAreaCodes(): string[] {
  return [...byAreaCode.keys()];
}

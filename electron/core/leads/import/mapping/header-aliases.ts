import type { LeadField } from './lead-fields';

/**
 * Exact headers (as headerMatchKey spells them) and how sure each makes us. 1: the export header of
 * HubSpot, Salesforce, Zoho, Pipedrive or Close; 0.9: a plain or localized synonym; 0.8: a header
 * that usually, not always, means the field.
 */
const ALIASES: Record<LeadField, Record<string, number>> = {
  firstName: {
    ...sure('firstname', 'personfirstname', 'contactfirstname', 'leadfirstname'),
    ...likely('givenname', 'fname', 'first', 'prenom', 'vorname', 'nombre', 'nome', 'voornaam'),
  },
  lastName: {
    ...sure('lastname', 'personlastname', 'contactlastname', 'leadlastname'),
    ...likely('surname', 'familyname', 'lname', 'last', 'nom', 'nachname', 'apellido', 'apellidos'),
    ...likely('cognome', 'achternaam', 'nomdefamille'),
  },
  fullName: {
    ...sure('name', 'fullname', 'contactname', 'personname', 'leadname', 'primarycontactname'),
    ...likely(
      'contact',
      'customername',
      'clientname',
      'nomcomplet',
      'nombrecompleto',
      'vollername',
    ),
  },
  company: {
    ...sure('company', 'companyname', 'accountname', 'organizationname', 'organisationname'),
    ...likely('organization', 'organisation', 'business', 'businessname', 'employer', 'account'),
    ...likely('firma', 'societe', 'entreprise', 'empresa', 'azienda', 'bedrijf', 'unternehmen'),
    ...maybe('displayname', 'associatedcompany', 'leadcompany'),
  },
  phone: {
    ...sure('phone', 'phonenumber', 'personphone', 'primaryphone', 'personphonework'),
    ...sure('contactphone', 'businessphone', 'workphone', 'officephone'),
    ...likely('telephone', 'tel', 'telefon', 'telephonenumber', 'mainphone', 'phone1'),
    ...likely('telefono', 'telefoon', 'numerodetelephone', 'telefonnummer'),
  },
  mobile: {
    ...sure('mobile', 'mobilephone', 'mobilephonenumber', 'personphonemobile'),
    ...likely('mobilenumber', 'cell', 'cellphone', 'cellular', 'mobil', 'handy', 'portable'),
    ...likely('telephoneportable', 'movil', 'cellulare', 'celular', 'mobiel', 'mobiltelefon'),
  },
  email: {
    ...sure('email', 'emailaddress', 'personemail', 'primaryemail', 'personemailwork'),
    ...likely('mail', 'contactemail', 'workemail', 'courriel', 'correo', 'correoelectronico'),
    ...likely('emailadresse', 'adressemail', 'adresseemail'),
  },
  timeZone: {
    ...sure('timezone', 'contacttimezone', 'hstimezone'),
    ...likely('tz', 'zone', 'localtimezone', 'fuseauhoraire', 'zeitzone', 'zonahoraria'),
  },
  region: {
    ...sure('state', 'stateregion', 'stateprovince', 'mailingstateprovince', 'mailingstate'),
    ...sure('billingstateprovince', 'billingstate', 'personpostaladdressstatecounty'),
    ...likely('province', 'region', 'statecode', 'provincecode', 'stateorprovince'),
    ...likely('bundesland', 'provincia', 'etat', 'estado', 'regione'),
  },
  postalCode: {
    ...sure('postalcode', 'zip', 'zipcode', 'zippostalcode', 'mailingzippostalcode'),
    ...sure('billingzippostalcode', 'mailingpostalcode', 'personpostaladdresszippostalcode'),
    ...likely('postcode', 'zipcodepostal', 'plz', 'postleitzahl', 'codepostal', 'cp'),
    ...likely('codigopostal', 'cap', 'postcodes'),
  },
  country: {
    ...sure('country', 'countryregion', 'mailingcountry', 'billingcountry'),
    ...sure('personpostaladdresscountry'),
    ...likely('countrycode', 'countryname', 'land', 'pays', 'pais', 'paese', 'nation'),
  },
  createdAt: {
    ...sure('createdate', 'createddate', 'createdtime', 'datecreated', 'leadcreated'),
    ...sure('dealcreated', 'personcreated', 'leadcreatedate', 'createdat'),
    ...likely('created', 'creationdate', 'createdon', 'dateadded', 'addedon', 'signupdate'),
    ...likely('submittedat', 'submissiondate', 'leaddate', 'datecreation', 'datedecreation'),
    ...likely('erstelltam', 'erstellungsdatum', 'fechadecreacion', 'datacreazione'),
    ...maybe('timestamp', 'date'),
  },
  owner: {
    ...sure('owner', 'contactowner', 'leadowner', 'accountowner', 'personowner', 'dealowner'),
    ...sure('hubspotowner', 'recordowner', 'leadsowner'),
    ...likely('assignedto', 'salesrep', 'rep', 'agent', 'assignee', 'proprietaire', 'besitzer'),
    ...likely('propietario', 'responsable', 'verantwortlicher'),
  },
  notes: {
    ...sure('notes', 'description', 'leaddescription', 'note'),
    ...likely('comments', 'comment', 'remarks', 'message', 'bemerkung', 'bemerkungen'),
    ...likely('commentaire', 'commentaires', 'notas', 'notizen', 'opmerkingen'),
  },
  // Salesforce and Zoho: Lead Source; HubSpot: Original Source (Latest Source is its last
  // touch); Pipedrive: Source channel; Close has none of its own: custom.Lead Source is the usual.
  source: {
    ...sure('leadsource', 'originalsource', 'source', 'sourcechannel', 'personsourcechannel'),
    ...sure('leadsourcechannel', 'dealsourcechannel', 'originalsourcetype'),
    ...likely('customleadsource', 'customsource', 'utmsource', 'latestsource', 'leadsourcedetail'),
    ...likely('channel', 'leadchannel', 'herkunft', 'quelle', 'provenance', 'fuente', 'origen'),
    ...maybe('sourcedetail', 'campaignsource', 'referralsource'),
  },
};

const byKey = new Map<string, { field: LeadField; confidence: number }>();
for (const [field, keys] of Object.entries(ALIASES) as [LeadField, Record<string, number>][]) {
  for (const [key, confidence] of Object.entries(keys)) byKey.set(key, { field, confidence });
}

export function aliasFor(matchKey: string): { field: LeadField; confidence: number } | null {
  return byKey.get(matchKey) ?? null;
}

function sure(...keys: string[]) {
  return withConfidence(keys, 1);
}
function likely(...keys: string[]) {
  return withConfidence(keys, 0.9);
}
function maybe(...keys: string[]) {
  return withConfidence(keys, 0.8);
}
function withConfidence(keys: string[], confidence: number): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, confidence]));
}

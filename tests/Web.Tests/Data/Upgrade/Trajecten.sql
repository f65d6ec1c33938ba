-- Data in the schema of migration Trajecten (the baseline of Data/UpgradeTests): what a municipality's database held
-- before the migrations Publicatie, Agenda, Vergaderingen, DataProtection and OpenIddict. Plain SQL that runs on SQLite
-- and on PostgreSQL alike (booleans as '1'/'0', times in UTC without offset; the test sets PostgreSQL's session to UTC
-- and moves its identity sequences past these ids afterwards). Written for that schema: never edit it to follow a
-- later migration. A new baseline gets a new file named after its migration (README, "Upgraden").

-- Roles and accounts (password Welkom-2026!, ASP.NET Core Identity v3 hash), the organisation
INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") VALUES
  ('rol-steller', 'Steller', 'STELLER', 'c-steller'),
  ('rol-afdelingshoofd', 'Afdelingshoofd', 'AFDELINGSHOOFD', 'c-afdelingshoofd'),
  ('rol-adviseur', 'Adviseur', 'ADVISEUR', 'c-adviseur'),
  ('rol-dtsecretaris', 'DtSecretaris', 'DTSECRETARIS', 'c-dtsecretaris'),
  ('rol-directieteam', 'Directieteam', 'DIRECTIETEAM', 'c-directieteam'),
  ('rol-orsecretaris', 'OrSecretaris', 'ORSECRETARIS', 'c-orsecretaris'),
  ('rol-bestuurssecretariaat', 'Bestuurssecretariaat', 'BESTUURSSECRETARIAAT', 'c-bestuurssecretariaat'),
  ('rol-college', 'College', 'COLLEGE', 'c-college'),
  ('rol-griffie', 'Griffie', 'GRIFFIE', 'c-griffie'),
  ('rol-projectleider', 'Projectleider', 'PROJECTLEIDER', 'c-projectleider'),
  ('rol-beheerder', 'Beheerder', 'BEHEERDER', 'c-beheerder');

INSERT INTO "Afdelingen" ("Id", "Naam", "AfdelingshoofdId", "IsOntwikkelbedrijf") VALUES
  (1, 'Maatschappelijke Ontwikkeling', NULL, '0'),
  (2, 'Bedrijfsvoering', NULL, '0'),
  (3, 'Bestuur en Directie', NULL, '0');

INSERT INTO "Teams" ("Id", "AfdelingId", "Code", "Naam") VALUES
  (1, 1, 'MOADO', 'Advies, Doelgroepen en Ontwikkeling'),
  (2, 2, 'BVFC', 'Financiën en Control'),
  (3, 2, 'BVJZ', 'Juridische Zaken en Inkoop'),
  (4, 3, 'BDBS', 'Bestuurssecretariaat');

INSERT INTO "AspNetUsers" ("Id", "Naam", "AfdelingId", "TeamId", "Telefoon", "Actief", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount") VALUES
  ('gebruiker-steller', 'R.B.M. Janzen', 1, 1, '+31 77 3599551', '1', 'steller', 'STELLER', 'steller@gemeente.example', 'STELLER@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPSTELLERXXXXXXXXXXXXXXXXXXXX', 'cs-steller', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-afdelingshoofd', 'M. Verbeek', 1, NULL, '+31 77 3599551', '1', 'afdelingshoofd', 'AFDELINGSHOOFD', 'afdelingshoofd@gemeente.example', 'AFDELINGSHOOFD@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPAFDELINGSHOOFDXXXXXXXXXXXXX', 'cs-afdelingshoofd', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-financien', 'K. Orval', 2, 2, '+31 77 3599551', '1', 'financien', 'FINANCIEN', 'financien@gemeente.example', 'FINANCIEN@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPFINANCIENXXXXXXXXXXXXXXXXXX', 'cs-financien', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-juridisch', 'F. Maessen', 2, 3, '+31 77 3599551', '1', 'juridisch', 'JURIDISCH', 'juridisch@gemeente.example', 'JURIDISCH@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPJURIDISCHXXXXXXXXXXXXXXXXXX', 'cs-juridisch', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-dtsecretaris', 'N. Bos', 3, 4, '+31 77 3599551', '1', 'dtsecretaris', 'DTSECRETARIS', 'dtsecretaris@gemeente.example', 'DTSECRETARIS@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPDTSECRETARISXXXXXXXXXXXXXXX', 'cs-dtsecretaris', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-secretariaat', 'B. Claessens', 3, 4, '+31 77 3599551', '1', 'secretariaat', 'SECRETARIAAT', 'secretariaat@gemeente.example', 'SECRETARIAAT@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPSECRETARIAATXXXXXXXXXXXXXXX', 'cs-secretariaat', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-orsecretaris', 'H. Vos', 3, 4, '+31 77 3599551', '1', 'orsecretaris', 'ORSECRETARIS', 'orsecretaris@gemeente.example', 'ORSECRETARIS@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPORSECRETARISXXXXXXXXXXXXXXX', 'cs-orsecretaris', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-griffie', 'G. Lemmens', 3, 4, '+31 77 3599551', '1', 'griffie', 'GRIFFIE', 'griffie@gemeente.example', 'GRIFFIE@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPGRIFFIEXXXXXXXXXXXXXXXXXXXX', 'cs-griffie', NULL, '0', '0', NULL, '1', 0),
  ('gebruiker-beheerder', 'A. Beheer', 3, NULL, '+31 77 3599551', '1', 'beheerder', 'BEHEERDER', 'beheerder@gemeente.example', 'BEHEERDER@GEMEENTE.EXAMPLE', '1', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/MGGKq+kmiexDayOuyiJuQbLg8luJSS79oZ2DubZ0F2w==', 'STAMPBEHEERDERXXXXXXXXXXXXXXXXXX', 'cs-beheerder', NULL, '0', '0', NULL, '1', 0);

INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES
  ('gebruiker-steller', 'rol-steller'),
  ('gebruiker-afdelingshoofd', 'rol-afdelingshoofd'),
  ('gebruiker-financien', 'rol-adviseur'),
  ('gebruiker-juridisch', 'rol-adviseur'),
  ('gebruiker-dtsecretaris', 'rol-dtsecretaris'),
  ('gebruiker-secretariaat', 'rol-bestuurssecretariaat'),
  ('gebruiker-orsecretaris', 'rol-orsecretaris'),
  ('gebruiker-griffie', 'rol-griffie'),
  ('gebruiker-beheerder', 'rol-beheerder');

UPDATE "Afdelingen" SET "AfdelingshoofdId" = 'gebruiker-afdelingshoofd' WHERE "Id" = 1;

INSERT INTO "AdviseurAspecten" ("Id", "GebruikerId", "Aspect", "Primair") VALUES
  (1, 'gebruiker-financien', 'Financien', '1'),
  (2, 'gebruiker-juridisch', 'Juridisch', '1');

INSERT INTO "Rolhouders" ("Rol", "GebruikerId") VALUES
  ('Bestuurssecretariaat', 'gebruiker-secretariaat'),
  ('DtSecretaris', 'gebruiker-dtsecretaris'),
  ('Griffie', 'gebruiker-griffie'),
  ('OrSecretaris', 'gebruiker-orsecretaris');

-- The workflow definitions as that release stored them: collegevoorstel version 1, before tasks said their holder,
-- planned date or whether their deadline is watched (version 2 and the annotations came later)
INSERT INTO "WorkflowDefinities" ("Id", "Naam", "Versie", "Json", "Hash", "Bron", "GeregistreerdOp", "Familie", "GeregistreerdDoor") VALUES
  (1, 'collegevoorstel', 1, '{
  "$comment": "Route of a collegevoorstel (seed 002). States, triggers, who may fire them, guards by name, the tasks each state opens, the gate each transition passes (''poort'': rule set poort-<poort>) and the mails it sends (''mail''). A changed route is a new version: raise ''versie''; running proposals keep the version they started on.",
  "naam": "collegevoorstel",
  "versie": 1,
  "titel": "Collegevoorstel",
  "beginstatus": "Concept",
  "statussen": [
    {
      "naam": "Concept",
      "titel": "Concept",
      "omschrijving": "De steller stelt het voorstel op.",
      "bewerkbaarDoorSteller": true,
      "overgangen": [
        {
          "trigger": "Indienen",
          "naar": "ParaafAfdelingshoofd",
          "titel": "Indienen",
          "rollen": [
            "Steller"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ]
        }
      ]
    },
    {
      "naam": "ParaafAfdelingshoofd",
      "titel": "Paraaf afdelingshoofd",
      "omschrijving": "Het afdelingshoofd parafeert of stuurt terug.",
      "taken": [
        {
          "soort": "Paraaf",
          "rol": "Afdelingshoofd",
          "termijnWerkdagen": 3
        }
      ],
      "overgangen": [
        {
          "trigger": "Paraferen",
          "naar": "InAdvies",
          "titel": "Paraferen (akkoord)",
          "rollen": [
            "Afdelingshoofd"
          ],
          "poort": "paraaf"
        },
        {
          "trigger": "Terugsturen",
          "naar": "Teruggestuurd",
          "titel": "Terugsturen naar steller",
          "rollen": [
            "Afdelingshoofd"
          ]
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "!CollegeHeeftBesloten"
          ]
        }
      ]
    },
    {
      "naam": "InAdvies",
      "titel": "Advies bedrijfsvoering",
      "omschrijving": "De adviseurs van de aspecten die het voorstel raakt, brengen parallel advies uit.",
      "taken": [
        {
          "soort": "Advies",
          "rol": "Adviseur",
          "termijnWerkdagen": 10
        }
      ],
      "overgangen": [
        {
          "trigger": "AdviesUitbrengen",
          "intern": true,
          "titel": "Advies uitbrengen",
          "rollen": [
            "Adviseur"
          ]
        },
        {
          "trigger": "AdviezenCompleet",
          "naar": "Directieteam",
          "automatisch": true,
          "rollen": [
            "Systeem"
          ],
          "guards": [
            "AlleAdviezenBinnen"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Teruggestuurd",
          "titel": "Terugsturen naar steller",
          "rollen": [
            "Adviseur"
          ]
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "!CollegeHeeftBesloten"
          ]
        }
      ]
    },
    {
      "naam": "Directieteam",
      "titel": "Directieteam",
      "omschrijving": "Het directieteam bespreekt het voorstel; de DT-secretaris legt het directiebesluit vast.",
      "taken": [
        {
          "soort": "Directiebesluit",
          "rol": "DtSecretaris",
          "termijnWerkdagen": 10
        }
      ],
      "overgangen": [
        {
          "trigger": "DirectiebesluitVastleggen",
          "naar": "OndernemingsRaad",
          "titel": "Directiebesluit vastleggen",
          "rollen": [
            "DtSecretaris"
          ],
          "guards": [
            "OrVereist"
          ],
          "poort": "directieteam"
        },
        {
          "trigger": "DirectiebesluitVastleggen",
          "naar": "CollegeVanBW",
          "titel": "Directiebesluit vastleggen",
          "rollen": [
            "DtSecretaris"
          ],
          "guards": [
            "!OrVereist"
          ],
          "poort": "directieteam"
        },
        {
          "trigger": "Terugsturen",
          "naar": "Teruggestuurd",
          "titel": "Terugsturen naar steller",
          "rollen": [
            "DtSecretaris"
          ]
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "!CollegeHeeftBesloten"
          ]
        }
      ]
    },
    {
      "naam": "OndernemingsRaad",
      "titel": "Ondernemingsraad",
      "omschrijving": "De ondernemingsraad adviseert over de personele gevolgen.",
      "taken": [
        {
          "soort": "OrAdvies",
          "rol": "OrSecretaris",
          "termijnWerkdagen": 20
        }
      ],
      "overgangen": [
        {
          "trigger": "OrAdviesVastleggen",
          "naar": "CollegeVanBW",
          "titel": "Advies OR vastleggen",
          "rollen": [
            "OrSecretaris"
          ],
          "poort": "ondernemingsraad"
        },
        {
          "trigger": "Terugsturen",
          "naar": "Teruggestuurd",
          "titel": "Terugsturen naar steller",
          "rollen": [
            "OrSecretaris"
          ]
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "!CollegeHeeftBesloten"
          ]
        }
      ]
    },
    {
      "naam": "CollegeVanBW",
      "titel": "College van B&W",
      "omschrijving": "Het college besluit; het bestuurssecretariaat legt de uitkomst vast.",
      "taken": [
        {
          "soort": "Collegebesluit",
          "rol": "Bestuurssecretariaat",
          "termijnWerkdagen": 15
        }
      ],
      "overgangen": [
        {
          "trigger": "Instemmen",
          "naar": "Gemeenteraad",
          "titel": "Ingestemd",
          "rollen": [
            "Bestuurssecretariaat"
          ],
          "guards": [
            "RaadVereist"
          ],
          "poort": "college",
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "Instemmen",
          "naar": "Besloten",
          "titel": "Ingestemd",
          "rollen": [
            "Bestuurssecretariaat"
          ],
          "guards": [
            "!RaadVereist"
          ],
          "poort": "college",
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "InstemmenMetWijzigingen",
          "naar": "Gemeenteraad",
          "titel": "Ingestemd met wijzigingen",
          "rollen": [
            "Bestuurssecretariaat"
          ],
          "guards": [
            "RaadVereist"
          ],
          "poort": "college",
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "InstemmenMetWijzigingen",
          "naar": "Besloten",
          "titel": "Ingestemd met wijzigingen",
          "rollen": [
            "Bestuurssecretariaat"
          ],
          "guards": [
            "!RaadVereist"
          ],
          "poort": "college",
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "Aanhouden",
          "intern": true,
          "titel": "Aangehouden",
          "rollen": [
            "Bestuurssecretariaat"
          ],
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "Afwijzen",
          "naar": "Afgewezen",
          "titel": "Afgewezen",
          "rollen": [
            "Bestuurssecretariaat"
          ],
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Teruggestuurd",
          "titel": "Terugsturen naar steller",
          "rollen": [
            "Bestuurssecretariaat"
          ]
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "!CollegeHeeftBesloten"
          ]
        }
      ]
    },
    {
      "naam": "Gemeenteraad",
      "titel": "Gemeenteraad",
      "omschrijving": "De raad besluit; de griffie legt het raadsbesluit vast.",
      "taken": [
        {
          "soort": "Raadsbesluit",
          "rol": "Griffie",
          "termijnWerkdagen": 40
        }
      ],
      "overgangen": [
        {
          "trigger": "RaadVaststellen",
          "naar": "Besloten",
          "titel": "Vastgesteld door de raad",
          "rollen": [
            "Griffie"
          ],
          "poort": "gemeenteraad",
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "RaadAanhouden",
          "intern": true,
          "titel": "Aangehouden door de raad",
          "rollen": [
            "Griffie"
          ],
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "RaadVerwerpen",
          "naar": "Verworpen",
          "titel": "Verworpen door de raad",
          "rollen": [
            "Griffie"
          ],
          "mail": [
            "besluit"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Teruggestuurd",
          "titel": "Terugsturen naar steller",
          "rollen": [
            "Griffie"
          ]
        }
      ]
    },
    {
      "naam": "Teruggestuurd",
      "titel": "Teruggestuurd naar steller",
      "omschrijving": "De steller herziet het voorstel en dient het opnieuw in; de route gaat verder bij de poort die het terugstuurde.",
      "bewerkbaarDoorSteller": true,
      "taken": [
        {
          "soort": "Herzien",
          "rol": "Steller",
          "termijnWerkdagen": 5
        }
      ],
      "overgangen": [
        {
          "trigger": "Herindienen",
          "naar": "ParaafAfdelingshoofd",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:ParaafAfdelingshoofd"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "InAdvies",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:InAdvies"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "InAdvies",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "AdviesOpnieuwNodig",
            "!TeruggestuurdVanuit:ParaafAfdelingshoofd",
            "!TeruggestuurdVanuit:InAdvies"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "Directieteam",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:Directieteam",
            "!AdviesOpnieuwNodig"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "OndernemingsRaad",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:OndernemingsRaad",
            "!AdviesOpnieuwNodig",
            "OrVereist"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "CollegeVanBW",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:OndernemingsRaad",
            "!AdviesOpnieuwNodig",
            "!OrVereist"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "CollegeVanBW",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:CollegeVanBW",
            "!AdviesOpnieuwNodig"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "Gemeenteraad",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:Gemeenteraad",
            "!AdviesOpnieuwNodig",
            "RaadVereist"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Herindienen",
          "naar": "CollegeVanBW",
          "titel": "Opnieuw indienen",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "TeruggestuurdVanuit:Gemeenteraad",
            "!AdviesOpnieuwNodig",
            "!RaadVereist"
          ],
          "poort": "indienen"
        },
        {
          "trigger": "Intrekken",
          "naar": "Ingetrokken",
          "titel": "Voorstel intrekken",
          "rollen": [
            "Steller"
          ],
          "guards": [
            "!CollegeHeeftBesloten"
          ]
        }
      ]
    },
    {
      "naam": "Besloten",
      "titel": "Besloten",
      "eind": true
    },
    {
      "naam": "Afgewezen",
      "titel": "Afgewezen door het college",
      "eind": true
    },
    {
      "naam": "Verworpen",
      "titel": "Verworpen door de raad",
      "eind": true
    },
    {
      "naam": "Ingetrokken",
      "titel": "Ingetrokken",
      "eind": true
    }
  ]
}
', '861622e99dae261f808dc0aece2cafe7302b8fe53fc844fe8bd23e9c75a61798', 'seeds/workflows/collegevoorstel.json', '2026-01-05 08:00:00', 'collegevoorstel', NULL),
  (2, 'thuis-in-de-buurt-accommodatie', 1, '{
  "$comment": "Traject per wijk- of dorpshuis in het project Thuis in de Buurt (seed 003). Familie ''traject'': per stap een eigenaarrol, een termijn in werkdagen en het vereiste bewijs; een besluitmoment wacht op een collegevoorstel (ingestemd: volgende stap, afgewezen: ''terugNaar'', aangehouden: blijft). A changed route is a new version: raise ''versie''.",
  "naam": "thuis-in-de-buurt-accommodatie",
  "familie": "traject",
  "versie": 1,
  "titel": "Thuis in de Buurt: accommodatie",
  "beginstatus": "Stakeholderbijeenkomst",
  "statussen": [
    {
      "naam": "Stakeholderbijeenkomst",
      "titel": "Stakeholderbijeenkomst",
      "omschrijving": "Individueel traject per locatie: maatschappelijke vraagstukken en behoeften van bewoners uit wijk of dorp ophalen met de stakeholders.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 20,
      "vereistBewijs": [
        "Verslag"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Veerkrachtdialoog",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Veerkrachtdialoog",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Veerkrachtdialoog",
      "titel": "Veerkrachtdialoog",
      "omschrijving": "Dialoog over de sociale veerkracht van wijk of dorp.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 20,
      "vereistBewijs": [
        "Verslag"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "VisieEnActiviteitenplan",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "VisieEnActiviteitenplan",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Stakeholderbijeenkomst",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "VisieEnActiviteitenplan",
      "titel": "Visie en activiteitenplan",
      "omschrijving": "Het huis schrijft zijn visie en activiteitenplan.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 30,
      "vereistBewijs": [
        "Plan"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Trainingsbijeenkomsten",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Trainingsbijeenkomsten",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Veerkrachtdialoog",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Trainingsbijeenkomsten",
      "titel": "Trainingsbijeenkomsten (KNHM)",
      "omschrijving": "Gezamenlijk ontwikkeltraject met KNHM voor een groep huizen: trainingsbijeenkomsten, per locatie twee deelnemers.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Verslag"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "IndividueleCoaching",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "IndividueleCoaching",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "VisieEnActiviteitenplan",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "IndividueleCoaching",
      "titel": "Individuele coaching (KNHM)",
      "omschrijving": "Individuele coaching door KNHM-experts.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Verslag"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "BedrijfsplanEnExploitatie",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "BedrijfsplanEnExploitatie",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Trainingsbijeenkomsten",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "BedrijfsplanEnExploitatie",
      "titel": "Bedrijfsplan en exploitatie",
      "omschrijving": "Het huis legt zijn bedrijfsplan en exploitatie vast; dit is de planningsstap waarnaar een afgewezen besluit terugkeert.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 20,
      "vereistBewijs": [
        "Plan"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Besluitmoment",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Besluitmoment",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "IndividueleCoaching",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Besluitmoment",
      "titel": "Besluitmoment bedrijfsplan",
      "omschrijving": "Het college besluit over bedrijfsplan en exploitatie; het traject wacht op het collegevoorstel.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 30,
      "besluitmoment": {
        "terugNaar": "BedrijfsplanEnExploitatie",
        "raad": false
      },
      "overgangen": [
        {
          "trigger": "StartBesluitmoment",
          "intern": true,
          "titel": "Besluitmoment starten (collegevoorstel)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Ingestemd",
          "naar": "AfsprakenVastgelegd",
          "titel": "Voorstel ingestemd",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Afgewezen",
          "naar": "BedrijfsplanEnExploitatie",
          "titel": "Voorstel afgewezen",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "BedrijfsplanEnExploitatie",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "AfsprakenVastgelegd",
      "titel": "Uitvoering: afspraken vastgelegd",
      "omschrijving": "De beheer- of subsidieafspraak met het huis is vastgelegd.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 20,
      "vereistBewijs": [
        "Afspraak"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Evaluatie",
          "titel": "Stap afronden",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Evaluatie",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Evaluatie",
      "titel": "Evaluatie",
      "omschrijving": "Evaluatie van het traject met het huis.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 60,
      "vereistBewijs": [
        "Verslag"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Afgerond",
          "titel": "Stap afronden",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Afgerond",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "AfsprakenVastgelegd",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Afgerond",
      "titel": "Afgerond",
      "omschrijving": "Het traject is afgerond.",
      "eind": true
    }
  ]
}
', '4d3f8530ce498d66875899b3324be09d343eb0539a973c5b2f91a2b9b1545327', 'seeds/workflows/thuis-in-de-buurt-accommodatie.json', '2026-01-05 08:00:00', 'traject', NULL),
  (3, 'voorzieningenprogramma', 1, '{
  "$comment": "Het Spoorboekje voor maatschappelijke voorzieningen (VNG, seed 000): A. initiatieffase, B. definitiefase, C. ontwerpfase, met hun besluitmomenten. Familie ''traject''; see thuis-in-de-buurt-accommodatie.json for the fields. A changed route is a new version: raise ''versie''.",
  "naam": "voorzieningenprogramma",
  "familie": "traject",
  "versie": 1,
  "titel": "Voorzieningenprogramma (VNG Spoorboekje)",
  "beginstatus": "Aanleiding",
  "statussen": [
    {
      "naam": "Aanleiding",
      "titel": "A0. Aanleiding schetsen",
      "omschrijving": "Initiatieffase: u schetst de aanleiding voor het college.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 20,
      "vereistBewijs": [
        "Notitie"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "BesluitAnalyse",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "BesluitAnalyse",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "BesluitAnalyse",
      "titel": "A0. Besluit: maak voor ons een analyse",
      "omschrijving": "Het college besluit: ''maak voor ons een analyse''.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 30,
      "besluitmoment": {
        "terugNaar": "Aanleiding",
        "raad": false
      },
      "overgangen": [
        {
          "trigger": "StartBesluitmoment",
          "intern": true,
          "titel": "Besluitmoment starten (collegevoorstel)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Ingestemd",
          "naar": "OpgaveInBeeld",
          "titel": "Voorstel ingestemd",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Afgewezen",
          "naar": "Aanleiding",
          "titel": "Voorstel afgewezen",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Aanleiding",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "OpgaveInBeeld",
      "titel": "A1. De sociaal-maatschappelijke opgave in beeld",
      "omschrijving": "Partners, trends, beleidsdoelstellingen, financien, demografie en een eerste inzicht in maatschappelijk vastgoed.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Notitie"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "PlanVanAanpak",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "PlanVanAanpak",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "PlanVanAanpak",
      "titel": "A2. Plan van aanpak",
      "omschrijving": "Positie en inbreng van partners en bewoners, positionering van gemeente, raad en college; projectplan en projectorganisatie.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 30,
      "vereistBewijs": [
        "Plan"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "BesluitVoorzieningenprogramma",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "BesluitVoorzieningenprogramma",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "OpgaveInBeeld",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "BesluitVoorzieningenprogramma",
      "titel": "A. Besluit: maak voor ons een voorzieningenprogramma",
      "omschrijving": "College en gemeenteraad besluiten: ''maak voor ons een voorzieningenprogramma''.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 40,
      "besluitmoment": {
        "terugNaar": "PlanVanAanpak",
        "raad": true
      },
      "overgangen": [
        {
          "trigger": "StartBesluitmoment",
          "intern": true,
          "titel": "Besluitmoment starten (collegevoorstel)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Ingestemd",
          "naar": "AnalyseAanbod",
          "titel": "Voorstel ingestemd",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Afgewezen",
          "naar": "PlanVanAanpak",
          "titel": "Voorstel afgewezen",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "PlanVanAanpak",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "AnalyseAanbod",
      "titel": "B1. Analyse huidig aanbod",
      "omschrijving": "Definitiefase: welke voorzieningen er zijn en wat ze bieden.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Notitie"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "ToekomstigeBehoefte",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "ToekomstigeBehoefte",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "ToekomstigeBehoefte",
      "titel": "B2. Toekomstige behoefte",
      "omschrijving": "De toekomstige behoefte, vergeleken met het huidige aanbod.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Notitie"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Toekomstscenarios",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Toekomstscenarios",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "AnalyseAanbod",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Toekomstscenarios",
      "titel": "B3. Toekomstscenario''s",
      "omschrijving": "Scenario''s met een indicatie van de investeringen en hun haalbaarheid.",
      "eigenaarRol": "Steller",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Plan"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "BesluitScenario",
          "titel": "Stap afronden",
          "rollen": [
            "Steller",
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "BesluitScenario",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "ToekomstigeBehoefte",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "BesluitScenario",
      "titel": "B. Besluit over het voorzieningenprogramma",
      "omschrijving": "College en gemeenteraad besluiten over haalbaarheid en scenario.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 40,
      "besluitmoment": {
        "terugNaar": "Toekomstscenarios",
        "raad": true
      },
      "overgangen": [
        {
          "trigger": "StartBesluitmoment",
          "intern": true,
          "titel": "Besluitmoment starten (collegevoorstel)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Ingestemd",
          "naar": "Coalitie",
          "titel": "Voorstel ingestemd",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Afgewezen",
          "naar": "Toekomstscenarios",
          "titel": "Voorstel afgewezen",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Toekomstscenarios",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Coalitie",
      "titel": "C1. Coalitie vormen",
      "omschrijving": "Ontwerpfase: met wie gaan we de coalitie aan om de voorzieningen te realiseren?",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Verslag"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Intentieovereenkomst",
          "titel": "Stap afronden",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Intentieovereenkomst",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Intentieovereenkomst",
      "titel": "C2. Intentieovereenkomst",
      "omschrijving": "Met wie wordt een intentieovereenkomst gesloten?",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Afspraak"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "BesluitSamenwerking",
          "titel": "Stap afronden",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "BesluitSamenwerking",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Coalitie",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "BesluitSamenwerking",
      "titel": "C. Besluit: samenwerkingsovereenkomst aangaan",
      "omschrijving": "Het college besluit de samenwerkingsovereenkomst aan te gaan.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 30,
      "besluitmoment": {
        "terugNaar": "Intentieovereenkomst",
        "raad": false
      },
      "overgangen": [
        {
          "trigger": "StartBesluitmoment",
          "intern": true,
          "titel": "Besluitmoment starten (collegevoorstel)",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Ingestemd",
          "naar": "Samenwerkingsovereenkomst",
          "titel": "Voorstel ingestemd",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Afgewezen",
          "naar": "Intentieovereenkomst",
          "titel": "Voorstel afgewezen",
          "rollen": [
            "Systeem"
          ]
        },
        {
          "trigger": "Terugsturen",
          "naar": "Intentieovereenkomst",
          "titel": "Terugsturen naar vorige stap",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Samenwerkingsovereenkomst",
      "titel": "C3. Samenwerkingsovereenkomst",
      "omschrijving": "Van intentie- naar samenwerkingsovereenkomst; voorbereiding van de uitvoering.",
      "eigenaarRol": "Projectleider",
      "termijnWerkdagen": 40,
      "vereistBewijs": [
        "Afspraak"
      ],
      "overgangen": [
        {
          "trigger": "Voltooien",
          "naar": "Afgerond",
          "titel": "Stap afronden",
          "rollen": [
            "Projectleider"
          ]
        },
        {
          "trigger": "Overslaan",
          "naar": "Afgerond",
          "titel": "Stap overslaan (met reden)",
          "rollen": [
            "Projectleider"
          ]
        }
      ]
    },
    {
      "naam": "Afgerond",
      "titel": "Afgerond",
      "omschrijving": "Het traject is afgerond.",
      "eind": true
    }
  ]
}
', '61bf4821d990d9649972ce40e8777686b420c4ae83068d560e016115279b6644', 'seeds/workflows/voorzieningenprogramma.json', '2026-01-05 08:00:00', 'traject', NULL);

-- The meeting calendar that release generated (2025-2030): B&W on Tuesdays, DT on Mondays; no start time, place or status yet
INSERT INTO "Vergaderkalender" ("Id", "Soort", "Datum", "Sluitingsdatum") VALUES
  (1, 'Directieteam', '2025-01-06', '2025-01-01'),
  (2, 'College', '2025-01-07', '2024-12-31'),
  (3, 'Directieteam', '2025-01-13', '2025-01-08'),
  (4, 'College', '2025-01-14', '2025-01-07'),
  (5, 'Directieteam', '2025-01-20', '2025-01-15'),
  (6, 'College', '2025-01-21', '2025-01-14'),
  (7, 'Directieteam', '2025-01-27', '2025-01-22'),
  (8, 'College', '2025-01-28', '2025-01-21'),
  (9, 'Directieteam', '2025-02-03', '2025-01-29'),
  (10, 'College', '2025-02-04', '2025-01-28'),
  (11, 'Directieteam', '2025-02-10', '2025-02-05'),
  (12, 'College', '2025-02-11', '2025-02-04'),
  (13, 'Directieteam', '2025-02-17', '2025-02-12'),
  (14, 'College', '2025-02-18', '2025-02-11'),
  (15, 'Directieteam', '2025-02-24', '2025-02-19'),
  (16, 'College', '2025-02-25', '2025-02-18'),
  (17, 'Directieteam', '2025-03-03', '2025-02-26'),
  (18, 'College', '2025-03-04', '2025-02-25'),
  (19, 'Directieteam', '2025-03-10', '2025-03-05'),
  (20, 'College', '2025-03-11', '2025-03-04'),
  (21, 'Directieteam', '2025-03-17', '2025-03-12'),
  (22, 'College', '2025-03-18', '2025-03-11'),
  (23, 'Directieteam', '2025-03-24', '2025-03-19'),
  (24, 'College', '2025-03-25', '2025-03-18'),
  (25, 'Directieteam', '2025-03-31', '2025-03-26'),
  (26, 'College', '2025-04-01', '2025-03-25'),
  (27, 'Directieteam', '2025-04-07', '2025-04-02'),
  (28, 'College', '2025-04-08', '2025-04-01'),
  (29, 'Directieteam', '2025-04-14', '2025-04-09'),
  (30, 'College', '2025-04-15', '2025-04-08'),
  (31, 'Directieteam', '2025-04-21', '2025-04-16'),
  (32, 'College', '2025-04-22', '2025-04-15'),
  (33, 'Directieteam', '2025-04-28', '2025-04-23'),
  (34, 'College', '2025-04-29', '2025-04-22'),
  (35, 'Directieteam', '2025-05-05', '2025-04-30'),
  (36, 'College', '2025-05-06', '2025-04-29'),
  (37, 'Directieteam', '2025-05-12', '2025-05-07'),
  (38, 'College', '2025-05-13', '2025-05-06'),
  (39, 'Directieteam', '2025-05-19', '2025-05-14'),
  (40, 'College', '2025-05-20', '2025-05-13'),
  (41, 'Directieteam', '2025-05-26', '2025-05-21'),
  (42, 'College', '2025-05-27', '2025-05-20'),
  (43, 'Directieteam', '2025-06-02', '2025-05-28'),
  (44, 'College', '2025-06-03', '2025-05-27'),
  (45, 'Directieteam', '2025-06-09', '2025-06-04'),
  (46, 'College', '2025-06-10', '2025-06-03'),
  (47, 'Directieteam', '2025-06-16', '2025-06-11'),
  (48, 'College', '2025-06-17', '2025-06-10'),
  (49, 'Directieteam', '2025-06-23', '2025-06-18'),
  (50, 'College', '2025-06-24', '2025-06-17'),
  (51, 'Directieteam', '2025-06-30', '2025-06-25'),
  (52, 'College', '2025-07-01', '2025-06-24'),
  (53, 'Directieteam', '2025-07-07', '2025-07-02'),
  (54, 'College', '2025-07-08', '2025-07-01'),
  (55, 'Directieteam', '2025-07-14', '2025-07-09'),
  (56, 'College', '2025-07-15', '2025-07-08'),
  (57, 'Directieteam', '2025-07-21', '2025-07-16'),
  (58, 'College', '2025-07-22', '2025-07-15'),
  (59, 'Directieteam', '2025-07-28', '2025-07-23'),
  (60, 'College', '2025-07-29', '2025-07-22'),
  (61, 'Directieteam', '2025-08-04', '2025-07-30'),
  (62, 'College', '2025-08-05', '2025-07-29'),
  (63, 'Directieteam', '2025-08-11', '2025-08-06'),
  (64, 'College', '2025-08-12', '2025-08-05'),
  (65, 'Directieteam', '2025-08-18', '2025-08-13'),
  (66, 'College', '2025-08-19', '2025-08-12'),
  (67, 'Directieteam', '2025-08-25', '2025-08-20'),
  (68, 'College', '2025-08-26', '2025-08-19'),
  (69, 'Directieteam', '2025-09-01', '2025-08-27'),
  (70, 'College', '2025-09-02', '2025-08-26'),
  (71, 'Directieteam', '2025-09-08', '2025-09-03'),
  (72, 'College', '2025-09-09', '2025-09-02'),
  (73, 'Directieteam', '2025-09-15', '2025-09-10'),
  (74, 'College', '2025-09-16', '2025-09-09'),
  (75, 'Directieteam', '2025-09-22', '2025-09-17'),
  (76, 'College', '2025-09-23', '2025-09-16'),
  (77, 'Directieteam', '2025-09-29', '2025-09-24'),
  (78, 'College', '2025-09-30', '2025-09-23'),
  (79, 'Directieteam', '2025-10-06', '2025-10-01'),
  (80, 'College', '2025-10-07', '2025-09-30'),
  (81, 'Directieteam', '2025-10-13', '2025-10-08'),
  (82, 'College', '2025-10-14', '2025-10-07'),
  (83, 'Directieteam', '2025-10-20', '2025-10-15'),
  (84, 'College', '2025-10-21', '2025-10-14'),
  (85, 'Directieteam', '2025-10-27', '2025-10-22'),
  (86, 'College', '2025-10-28', '2025-10-21'),
  (87, 'Directieteam', '2025-11-03', '2025-10-29'),
  (88, 'College', '2025-11-04', '2025-10-28'),
  (89, 'Directieteam', '2025-11-10', '2025-11-05'),
  (90, 'College', '2025-11-11', '2025-11-04'),
  (91, 'Directieteam', '2025-11-17', '2025-11-12'),
  (92, 'College', '2025-11-18', '2025-11-11'),
  (93, 'Directieteam', '2025-11-24', '2025-11-19'),
  (94, 'College', '2025-11-25', '2025-11-18'),
  (95, 'Directieteam', '2025-12-01', '2025-11-26'),
  (96, 'College', '2025-12-02', '2025-11-25'),
  (97, 'Directieteam', '2025-12-08', '2025-12-03'),
  (98, 'College', '2025-12-09', '2025-12-02'),
  (99, 'Directieteam', '2025-12-15', '2025-12-10'),
  (100, 'College', '2025-12-16', '2025-12-09'),
  (101, 'Directieteam', '2025-12-22', '2025-12-17'),
  (102, 'College', '2025-12-23', '2025-12-16'),
  (103, 'Directieteam', '2025-12-29', '2025-12-24'),
  (104, 'College', '2025-12-30', '2025-12-23'),
  (105, 'Directieteam', '2026-01-05', '2025-12-31'),
  (106, 'College', '2026-01-06', '2025-12-30'),
  (107, 'Directieteam', '2026-01-12', '2026-01-07'),
  (108, 'College', '2026-01-13', '2026-01-06'),
  (109, 'Directieteam', '2026-01-19', '2026-01-14'),
  (110, 'College', '2026-01-20', '2026-01-13'),
  (111, 'Directieteam', '2026-01-26', '2026-01-21'),
  (112, 'College', '2026-01-27', '2026-01-20'),
  (113, 'Directieteam', '2026-02-02', '2026-01-28'),
  (114, 'College', '2026-02-03', '2026-01-27'),
  (115, 'Directieteam', '2026-02-09', '2026-02-04'),
  (116, 'College', '2026-02-10', '2026-02-03'),
  (117, 'Directieteam', '2026-02-16', '2026-02-11'),
  (118, 'College', '2026-02-17', '2026-02-10'),
  (119, 'Directieteam', '2026-02-23', '2026-02-18'),
  (120, 'College', '2026-02-24', '2026-02-17'),
  (121, 'Directieteam', '2026-03-02', '2026-02-25'),
  (122, 'College', '2026-03-03', '2026-02-24'),
  (123, 'Directieteam', '2026-03-09', '2026-03-04'),
  (124, 'College', '2026-03-10', '2026-03-03'),
  (125, 'Directieteam', '2026-03-16', '2026-03-11'),
  (126, 'College', '2026-03-17', '2026-03-10'),
  (127, 'Directieteam', '2026-03-23', '2026-03-18'),
  (128, 'College', '2026-03-24', '2026-03-17'),
  (129, 'Directieteam', '2026-03-30', '2026-03-25'),
  (130, 'College', '2026-03-31', '2026-03-24'),
  (131, 'Directieteam', '2026-04-06', '2026-04-01'),
  (132, 'College', '2026-04-07', '2026-03-31'),
  (133, 'Directieteam', '2026-04-13', '2026-04-08'),
  (134, 'College', '2026-04-14', '2026-04-07'),
  (135, 'Directieteam', '2026-04-20', '2026-04-15'),
  (136, 'College', '2026-04-21', '2026-04-14'),
  (137, 'Directieteam', '2026-04-27', '2026-04-22'),
  (138, 'College', '2026-04-28', '2026-04-21'),
  (139, 'Directieteam', '2026-05-04', '2026-04-29'),
  (140, 'College', '2026-05-05', '2026-04-28'),
  (141, 'Directieteam', '2026-05-11', '2026-05-06'),
  (142, 'College', '2026-05-12', '2026-05-05'),
  (143, 'Directieteam', '2026-05-18', '2026-05-13'),
  (144, 'College', '2026-05-19', '2026-05-12'),
  (145, 'Directieteam', '2026-05-25', '2026-05-20'),
  (146, 'College', '2026-05-26', '2026-05-19'),
  (147, 'Directieteam', '2026-06-01', '2026-05-27'),
  (148, 'College', '2026-06-02', '2026-05-26'),
  (149, 'Directieteam', '2026-06-08', '2026-06-03'),
  (150, 'College', '2026-06-09', '2026-06-02'),
  (151, 'Directieteam', '2026-06-15', '2026-06-10'),
  (152, 'College', '2026-06-16', '2026-06-09'),
  (153, 'Directieteam', '2026-06-22', '2026-06-17'),
  (154, 'College', '2026-06-23', '2026-06-16'),
  (155, 'Directieteam', '2026-06-29', '2026-06-24'),
  (156, 'College', '2026-06-30', '2026-06-23'),
  (157, 'Directieteam', '2026-07-06', '2026-07-01'),
  (158, 'College', '2026-07-07', '2026-06-30'),
  (159, 'Directieteam', '2026-07-13', '2026-07-08'),
  (160, 'College', '2026-07-14', '2026-07-07'),
  (161, 'Directieteam', '2026-07-20', '2026-07-15'),
  (162, 'College', '2026-07-21', '2026-07-14'),
  (163, 'Directieteam', '2026-07-27', '2026-07-22'),
  (164, 'College', '2026-07-28', '2026-07-21'),
  (165, 'Directieteam', '2026-08-03', '2026-07-29'),
  (166, 'College', '2026-08-04', '2026-07-28'),
  (167, 'Directieteam', '2026-08-10', '2026-08-05'),
  (168, 'College', '2026-08-11', '2026-08-04'),
  (169, 'Directieteam', '2026-08-17', '2026-08-12'),
  (170, 'College', '2026-08-18', '2026-08-11'),
  (171, 'Directieteam', '2026-08-24', '2026-08-19'),
  (172, 'College', '2026-08-25', '2026-08-18'),
  (173, 'Directieteam', '2026-08-31', '2026-08-26'),
  (174, 'College', '2026-09-01', '2026-08-25'),
  (175, 'Directieteam', '2026-09-07', '2026-09-02'),
  (176, 'College', '2026-09-08', '2026-09-01'),
  (177, 'Directieteam', '2026-09-14', '2026-09-09'),
  (178, 'College', '2026-09-15', '2026-09-08'),
  (179, 'Directieteam', '2026-09-21', '2026-09-16'),
  (180, 'College', '2026-09-22', '2026-09-15'),
  (181, 'Directieteam', '2026-09-28', '2026-09-23'),
  (182, 'College', '2026-09-29', '2026-09-22'),
  (183, 'Directieteam', '2026-10-05', '2026-09-30'),
  (184, 'College', '2026-10-06', '2026-09-29'),
  (185, 'Directieteam', '2026-10-12', '2026-10-07'),
  (186, 'College', '2026-10-13', '2026-10-06'),
  (187, 'Directieteam', '2026-10-19', '2026-10-14'),
  (188, 'College', '2026-10-20', '2026-10-13'),
  (189, 'Directieteam', '2026-10-26', '2026-10-21'),
  (190, 'College', '2026-10-27', '2026-10-20'),
  (191, 'Directieteam', '2026-11-02', '2026-10-28'),
  (192, 'College', '2026-11-03', '2026-10-27'),
  (193, 'Directieteam', '2026-11-09', '2026-11-04'),
  (194, 'College', '2026-11-10', '2026-11-03'),
  (195, 'Directieteam', '2026-11-16', '2026-11-11'),
  (196, 'College', '2026-11-17', '2026-11-10'),
  (197, 'Directieteam', '2026-11-23', '2026-11-18'),
  (198, 'College', '2026-11-24', '2026-11-17'),
  (199, 'Directieteam', '2026-11-30', '2026-11-25'),
  (200, 'College', '2026-12-01', '2026-11-24'),
  (201, 'Directieteam', '2026-12-07', '2026-12-02'),
  (202, 'College', '2026-12-08', '2026-12-01'),
  (203, 'Directieteam', '2026-12-14', '2026-12-09'),
  (204, 'College', '2026-12-15', '2026-12-08'),
  (205, 'Directieteam', '2026-12-21', '2026-12-16'),
  (206, 'College', '2026-12-22', '2026-12-15'),
  (207, 'Directieteam', '2026-12-28', '2026-12-23'),
  (208, 'College', '2026-12-29', '2026-12-22'),
  (209, 'Directieteam', '2027-01-04', '2026-12-30'),
  (210, 'College', '2027-01-05', '2026-12-29'),
  (211, 'Directieteam', '2027-01-11', '2027-01-06'),
  (212, 'College', '2027-01-12', '2027-01-05'),
  (213, 'Directieteam', '2027-01-18', '2027-01-13'),
  (214, 'College', '2027-01-19', '2027-01-12'),
  (215, 'Directieteam', '2027-01-25', '2027-01-20'),
  (216, 'College', '2027-01-26', '2027-01-19'),
  (217, 'Directieteam', '2027-02-01', '2027-01-27'),
  (218, 'College', '2027-02-02', '2027-01-26'),
  (219, 'Directieteam', '2027-02-08', '2027-02-03'),
  (220, 'College', '2027-02-09', '2027-02-02'),
  (221, 'Directieteam', '2027-02-15', '2027-02-10'),
  (222, 'College', '2027-02-16', '2027-02-09'),
  (223, 'Directieteam', '2027-02-22', '2027-02-17'),
  (224, 'College', '2027-02-23', '2027-02-16'),
  (225, 'Directieteam', '2027-03-01', '2027-02-24'),
  (226, 'College', '2027-03-02', '2027-02-23'),
  (227, 'Directieteam', '2027-03-08', '2027-03-03'),
  (228, 'College', '2027-03-09', '2027-03-02'),
  (229, 'Directieteam', '2027-03-15', '2027-03-10'),
  (230, 'College', '2027-03-16', '2027-03-09'),
  (231, 'Directieteam', '2027-03-22', '2027-03-17'),
  (232, 'College', '2027-03-23', '2027-03-16'),
  (233, 'Directieteam', '2027-03-29', '2027-03-24'),
  (234, 'College', '2027-03-30', '2027-03-23'),
  (235, 'Directieteam', '2027-04-05', '2027-03-31'),
  (236, 'College', '2027-04-06', '2027-03-30'),
  (237, 'Directieteam', '2027-04-12', '2027-04-07'),
  (238, 'College', '2027-04-13', '2027-04-06'),
  (239, 'Directieteam', '2027-04-19', '2027-04-14'),
  (240, 'College', '2027-04-20', '2027-04-13'),
  (241, 'Directieteam', '2027-04-26', '2027-04-21'),
  (242, 'College', '2027-04-27', '2027-04-20'),
  (243, 'Directieteam', '2027-05-03', '2027-04-28'),
  (244, 'College', '2027-05-04', '2027-04-27'),
  (245, 'Directieteam', '2027-05-10', '2027-05-05'),
  (246, 'College', '2027-05-11', '2027-05-04'),
  (247, 'Directieteam', '2027-05-17', '2027-05-12'),
  (248, 'College', '2027-05-18', '2027-05-11'),
  (249, 'Directieteam', '2027-05-24', '2027-05-19'),
  (250, 'College', '2027-05-25', '2027-05-18'),
  (251, 'Directieteam', '2027-05-31', '2027-05-26'),
  (252, 'College', '2027-06-01', '2027-05-25'),
  (253, 'Directieteam', '2027-06-07', '2027-06-02'),
  (254, 'College', '2027-06-08', '2027-06-01'),
  (255, 'Directieteam', '2027-06-14', '2027-06-09'),
  (256, 'College', '2027-06-15', '2027-06-08'),
  (257, 'Directieteam', '2027-06-21', '2027-06-16'),
  (258, 'College', '2027-06-22', '2027-06-15'),
  (259, 'Directieteam', '2027-06-28', '2027-06-23'),
  (260, 'College', '2027-06-29', '2027-06-22'),
  (261, 'Directieteam', '2027-07-05', '2027-06-30'),
  (262, 'College', '2027-07-06', '2027-06-29'),
  (263, 'Directieteam', '2027-07-12', '2027-07-07'),
  (264, 'College', '2027-07-13', '2027-07-06'),
  (265, 'Directieteam', '2027-07-19', '2027-07-14'),
  (266, 'College', '2027-07-20', '2027-07-13'),
  (267, 'Directieteam', '2027-07-26', '2027-07-21'),
  (268, 'College', '2027-07-27', '2027-07-20'),
  (269, 'Directieteam', '2027-08-02', '2027-07-28'),
  (270, 'College', '2027-08-03', '2027-07-27'),
  (271, 'Directieteam', '2027-08-09', '2027-08-04'),
  (272, 'College', '2027-08-10', '2027-08-03'),
  (273, 'Directieteam', '2027-08-16', '2027-08-11'),
  (274, 'College', '2027-08-17', '2027-08-10'),
  (275, 'Directieteam', '2027-08-23', '2027-08-18'),
  (276, 'College', '2027-08-24', '2027-08-17'),
  (277, 'Directieteam', '2027-08-30', '2027-08-25'),
  (278, 'College', '2027-08-31', '2027-08-24'),
  (279, 'Directieteam', '2027-09-06', '2027-09-01'),
  (280, 'College', '2027-09-07', '2027-08-31'),
  (281, 'Directieteam', '2027-09-13', '2027-09-08'),
  (282, 'College', '2027-09-14', '2027-09-07'),
  (283, 'Directieteam', '2027-09-20', '2027-09-15'),
  (284, 'College', '2027-09-21', '2027-09-14'),
  (285, 'Directieteam', '2027-09-27', '2027-09-22'),
  (286, 'College', '2027-09-28', '2027-09-21'),
  (287, 'Directieteam', '2027-10-04', '2027-09-29'),
  (288, 'College', '2027-10-05', '2027-09-28'),
  (289, 'Directieteam', '2027-10-11', '2027-10-06'),
  (290, 'College', '2027-10-12', '2027-10-05'),
  (291, 'Directieteam', '2027-10-18', '2027-10-13'),
  (292, 'College', '2027-10-19', '2027-10-12'),
  (293, 'Directieteam', '2027-10-25', '2027-10-20'),
  (294, 'College', '2027-10-26', '2027-10-19'),
  (295, 'Directieteam', '2027-11-01', '2027-10-27'),
  (296, 'College', '2027-11-02', '2027-10-26'),
  (297, 'Directieteam', '2027-11-08', '2027-11-03'),
  (298, 'College', '2027-11-09', '2027-11-02'),
  (299, 'Directieteam', '2027-11-15', '2027-11-10'),
  (300, 'College', '2027-11-16', '2027-11-09'),
  (301, 'Directieteam', '2027-11-22', '2027-11-17'),
  (302, 'College', '2027-11-23', '2027-11-16'),
  (303, 'Directieteam', '2027-11-29', '2027-11-24'),
  (304, 'College', '2027-11-30', '2027-11-23'),
  (305, 'Directieteam', '2027-12-06', '2027-12-01'),
  (306, 'College', '2027-12-07', '2027-11-30'),
  (307, 'Directieteam', '2027-12-13', '2027-12-08'),
  (308, 'College', '2027-12-14', '2027-12-07'),
  (309, 'Directieteam', '2027-12-20', '2027-12-15'),
  (310, 'College', '2027-12-21', '2027-12-14'),
  (311, 'Directieteam', '2027-12-27', '2027-12-22'),
  (312, 'College', '2027-12-28', '2027-12-21'),
  (313, 'Directieteam', '2028-01-03', '2027-12-29'),
  (314, 'College', '2028-01-04', '2027-12-28'),
  (315, 'Directieteam', '2028-01-10', '2028-01-05'),
  (316, 'College', '2028-01-11', '2028-01-04'),
  (317, 'Directieteam', '2028-01-17', '2028-01-12'),
  (318, 'College', '2028-01-18', '2028-01-11'),
  (319, 'Directieteam', '2028-01-24', '2028-01-19'),
  (320, 'College', '2028-01-25', '2028-01-18'),
  (321, 'Directieteam', '2028-01-31', '2028-01-26'),
  (322, 'College', '2028-02-01', '2028-01-25'),
  (323, 'Directieteam', '2028-02-07', '2028-02-02'),
  (324, 'College', '2028-02-08', '2028-02-01'),
  (325, 'Directieteam', '2028-02-14', '2028-02-09'),
  (326, 'College', '2028-02-15', '2028-02-08'),
  (327, 'Directieteam', '2028-02-21', '2028-02-16'),
  (328, 'College', '2028-02-22', '2028-02-15'),
  (329, 'Directieteam', '2028-02-28', '2028-02-23'),
  (330, 'College', '2028-02-29', '2028-02-22'),
  (331, 'Directieteam', '2028-03-06', '2028-03-01'),
  (332, 'College', '2028-03-07', '2028-02-29'),
  (333, 'Directieteam', '2028-03-13', '2028-03-08'),
  (334, 'College', '2028-03-14', '2028-03-07'),
  (335, 'Directieteam', '2028-03-20', '2028-03-15'),
  (336, 'College', '2028-03-21', '2028-03-14'),
  (337, 'Directieteam', '2028-03-27', '2028-03-22'),
  (338, 'College', '2028-03-28', '2028-03-21'),
  (339, 'Directieteam', '2028-04-03', '2028-03-29'),
  (340, 'College', '2028-04-04', '2028-03-28'),
  (341, 'Directieteam', '2028-04-10', '2028-04-05'),
  (342, 'College', '2028-04-11', '2028-04-04'),
  (343, 'Directieteam', '2028-04-17', '2028-04-12'),
  (344, 'College', '2028-04-18', '2028-04-11'),
  (345, 'Directieteam', '2028-04-24', '2028-04-19'),
  (346, 'College', '2028-04-25', '2028-04-18'),
  (347, 'Directieteam', '2028-05-01', '2028-04-26'),
  (348, 'College', '2028-05-02', '2028-04-25'),
  (349, 'Directieteam', '2028-05-08', '2028-05-03'),
  (350, 'College', '2028-05-09', '2028-05-02'),
  (351, 'Directieteam', '2028-05-15', '2028-05-10'),
  (352, 'College', '2028-05-16', '2028-05-09'),
  (353, 'Directieteam', '2028-05-22', '2028-05-17'),
  (354, 'College', '2028-05-23', '2028-05-16'),
  (355, 'Directieteam', '2028-05-29', '2028-05-24'),
  (356, 'College', '2028-05-30', '2028-05-23'),
  (357, 'Directieteam', '2028-06-05', '2028-05-31'),
  (358, 'College', '2028-06-06', '2028-05-30'),
  (359, 'Directieteam', '2028-06-12', '2028-06-07'),
  (360, 'College', '2028-06-13', '2028-06-06'),
  (361, 'Directieteam', '2028-06-19', '2028-06-14'),
  (362, 'College', '2028-06-20', '2028-06-13'),
  (363, 'Directieteam', '2028-06-26', '2028-06-21'),
  (364, 'College', '2028-06-27', '2028-06-20'),
  (365, 'Directieteam', '2028-07-03', '2028-06-28'),
  (366, 'College', '2028-07-04', '2028-06-27'),
  (367, 'Directieteam', '2028-07-10', '2028-07-05'),
  (368, 'College', '2028-07-11', '2028-07-04'),
  (369, 'Directieteam', '2028-07-17', '2028-07-12'),
  (370, 'College', '2028-07-18', '2028-07-11'),
  (371, 'Directieteam', '2028-07-24', '2028-07-19'),
  (372, 'College', '2028-07-25', '2028-07-18'),
  (373, 'Directieteam', '2028-07-31', '2028-07-26'),
  (374, 'College', '2028-08-01', '2028-07-25'),
  (375, 'Directieteam', '2028-08-07', '2028-08-02'),
  (376, 'College', '2028-08-08', '2028-08-01'),
  (377, 'Directieteam', '2028-08-14', '2028-08-09'),
  (378, 'College', '2028-08-15', '2028-08-08'),
  (379, 'Directieteam', '2028-08-21', '2028-08-16'),
  (380, 'College', '2028-08-22', '2028-08-15'),
  (381, 'Directieteam', '2028-08-28', '2028-08-23'),
  (382, 'College', '2028-08-29', '2028-08-22'),
  (383, 'Directieteam', '2028-09-04', '2028-08-30'),
  (384, 'College', '2028-09-05', '2028-08-29'),
  (385, 'Directieteam', '2028-09-11', '2028-09-06'),
  (386, 'College', '2028-09-12', '2028-09-05'),
  (387, 'Directieteam', '2028-09-18', '2028-09-13'),
  (388, 'College', '2028-09-19', '2028-09-12'),
  (389, 'Directieteam', '2028-09-25', '2028-09-20'),
  (390, 'College', '2028-09-26', '2028-09-19'),
  (391, 'Directieteam', '2028-10-02', '2028-09-27'),
  (392, 'College', '2028-10-03', '2028-09-26'),
  (393, 'Directieteam', '2028-10-09', '2028-10-04'),
  (394, 'College', '2028-10-10', '2028-10-03'),
  (395, 'Directieteam', '2028-10-16', '2028-10-11'),
  (396, 'College', '2028-10-17', '2028-10-10'),
  (397, 'Directieteam', '2028-10-23', '2028-10-18'),
  (398, 'College', '2028-10-24', '2028-10-17'),
  (399, 'Directieteam', '2028-10-30', '2028-10-25'),
  (400, 'College', '2028-10-31', '2028-10-24'),
  (401, 'Directieteam', '2028-11-06', '2028-11-01'),
  (402, 'College', '2028-11-07', '2028-10-31'),
  (403, 'Directieteam', '2028-11-13', '2028-11-08'),
  (404, 'College', '2028-11-14', '2028-11-07'),
  (405, 'Directieteam', '2028-11-20', '2028-11-15'),
  (406, 'College', '2028-11-21', '2028-11-14'),
  (407, 'Directieteam', '2028-11-27', '2028-11-22'),
  (408, 'College', '2028-11-28', '2028-11-21'),
  (409, 'Directieteam', '2028-12-04', '2028-11-29'),
  (410, 'College', '2028-12-05', '2028-11-28'),
  (411, 'Directieteam', '2028-12-11', '2028-12-06'),
  (412, 'College', '2028-12-12', '2028-12-05'),
  (413, 'Directieteam', '2028-12-18', '2028-12-13'),
  (414, 'College', '2028-12-19', '2028-12-12'),
  (415, 'Directieteam', '2028-12-25', '2028-12-20'),
  (416, 'College', '2028-12-26', '2028-12-19'),
  (417, 'Directieteam', '2029-01-01', '2028-12-27'),
  (418, 'College', '2029-01-02', '2028-12-26'),
  (419, 'Directieteam', '2029-01-08', '2029-01-03'),
  (420, 'College', '2029-01-09', '2029-01-02'),
  (421, 'Directieteam', '2029-01-15', '2029-01-10'),
  (422, 'College', '2029-01-16', '2029-01-09'),
  (423, 'Directieteam', '2029-01-22', '2029-01-17'),
  (424, 'College', '2029-01-23', '2029-01-16'),
  (425, 'Directieteam', '2029-01-29', '2029-01-24'),
  (426, 'College', '2029-01-30', '2029-01-23'),
  (427, 'Directieteam', '2029-02-05', '2029-01-31'),
  (428, 'College', '2029-02-06', '2029-01-30'),
  (429, 'Directieteam', '2029-02-12', '2029-02-07'),
  (430, 'College', '2029-02-13', '2029-02-06'),
  (431, 'Directieteam', '2029-02-19', '2029-02-14'),
  (432, 'College', '2029-02-20', '2029-02-13'),
  (433, 'Directieteam', '2029-02-26', '2029-02-21'),
  (434, 'College', '2029-02-27', '2029-02-20'),
  (435, 'Directieteam', '2029-03-05', '2029-02-28'),
  (436, 'College', '2029-03-06', '2029-02-27'),
  (437, 'Directieteam', '2029-03-12', '2029-03-07'),
  (438, 'College', '2029-03-13', '2029-03-06'),
  (439, 'Directieteam', '2029-03-19', '2029-03-14'),
  (440, 'College', '2029-03-20', '2029-03-13'),
  (441, 'Directieteam', '2029-03-26', '2029-03-21'),
  (442, 'College', '2029-03-27', '2029-03-20'),
  (443, 'Directieteam', '2029-04-02', '2029-03-28'),
  (444, 'College', '2029-04-03', '2029-03-27'),
  (445, 'Directieteam', '2029-04-09', '2029-04-04'),
  (446, 'College', '2029-04-10', '2029-04-03'),
  (447, 'Directieteam', '2029-04-16', '2029-04-11'),
  (448, 'College', '2029-04-17', '2029-04-10'),
  (449, 'Directieteam', '2029-04-23', '2029-04-18'),
  (450, 'College', '2029-04-24', '2029-04-17'),
  (451, 'Directieteam', '2029-04-30', '2029-04-25'),
  (452, 'College', '2029-05-01', '2029-04-24'),
  (453, 'Directieteam', '2029-05-07', '2029-05-02'),
  (454, 'College', '2029-05-08', '2029-05-01'),
  (455, 'Directieteam', '2029-05-14', '2029-05-09'),
  (456, 'College', '2029-05-15', '2029-05-08'),
  (457, 'Directieteam', '2029-05-21', '2029-05-16'),
  (458, 'College', '2029-05-22', '2029-05-15'),
  (459, 'Directieteam', '2029-05-28', '2029-05-23'),
  (460, 'College', '2029-05-29', '2029-05-22'),
  (461, 'Directieteam', '2029-06-04', '2029-05-30'),
  (462, 'College', '2029-06-05', '2029-05-29'),
  (463, 'Directieteam', '2029-06-11', '2029-06-06'),
  (464, 'College', '2029-06-12', '2029-06-05'),
  (465, 'Directieteam', '2029-06-18', '2029-06-13'),
  (466, 'College', '2029-06-19', '2029-06-12'),
  (467, 'Directieteam', '2029-06-25', '2029-06-20'),
  (468, 'College', '2029-06-26', '2029-06-19'),
  (469, 'Directieteam', '2029-07-02', '2029-06-27'),
  (470, 'College', '2029-07-03', '2029-06-26'),
  (471, 'Directieteam', '2029-07-09', '2029-07-04'),
  (472, 'College', '2029-07-10', '2029-07-03'),
  (473, 'Directieteam', '2029-07-16', '2029-07-11'),
  (474, 'College', '2029-07-17', '2029-07-10'),
  (475, 'Directieteam', '2029-07-23', '2029-07-18'),
  (476, 'College', '2029-07-24', '2029-07-17'),
  (477, 'Directieteam', '2029-07-30', '2029-07-25'),
  (478, 'College', '2029-07-31', '2029-07-24'),
  (479, 'Directieteam', '2029-08-06', '2029-08-01'),
  (480, 'College', '2029-08-07', '2029-07-31'),
  (481, 'Directieteam', '2029-08-13', '2029-08-08'),
  (482, 'College', '2029-08-14', '2029-08-07'),
  (483, 'Directieteam', '2029-08-20', '2029-08-15'),
  (484, 'College', '2029-08-21', '2029-08-14'),
  (485, 'Directieteam', '2029-08-27', '2029-08-22'),
  (486, 'College', '2029-08-28', '2029-08-21'),
  (487, 'Directieteam', '2029-09-03', '2029-08-29'),
  (488, 'College', '2029-09-04', '2029-08-28'),
  (489, 'Directieteam', '2029-09-10', '2029-09-05'),
  (490, 'College', '2029-09-11', '2029-09-04'),
  (491, 'Directieteam', '2029-09-17', '2029-09-12'),
  (492, 'College', '2029-09-18', '2029-09-11'),
  (493, 'Directieteam', '2029-09-24', '2029-09-19'),
  (494, 'College', '2029-09-25', '2029-09-18'),
  (495, 'Directieteam', '2029-10-01', '2029-09-26'),
  (496, 'College', '2029-10-02', '2029-09-25'),
  (497, 'Directieteam', '2029-10-08', '2029-10-03'),
  (498, 'College', '2029-10-09', '2029-10-02'),
  (499, 'Directieteam', '2029-10-15', '2029-10-10'),
  (500, 'College', '2029-10-16', '2029-10-09'),
  (501, 'Directieteam', '2029-10-22', '2029-10-17'),
  (502, 'College', '2029-10-23', '2029-10-16'),
  (503, 'Directieteam', '2029-10-29', '2029-10-24'),
  (504, 'College', '2029-10-30', '2029-10-23'),
  (505, 'Directieteam', '2029-11-05', '2029-10-31'),
  (506, 'College', '2029-11-06', '2029-10-30'),
  (507, 'Directieteam', '2029-11-12', '2029-11-07'),
  (508, 'College', '2029-11-13', '2029-11-06'),
  (509, 'Directieteam', '2029-11-19', '2029-11-14'),
  (510, 'College', '2029-11-20', '2029-11-13'),
  (511, 'Directieteam', '2029-11-26', '2029-11-21'),
  (512, 'College', '2029-11-27', '2029-11-20'),
  (513, 'Directieteam', '2029-12-03', '2029-11-28'),
  (514, 'College', '2029-12-04', '2029-11-27'),
  (515, 'Directieteam', '2029-12-10', '2029-12-05'),
  (516, 'College', '2029-12-11', '2029-12-04'),
  (517, 'Directieteam', '2029-12-17', '2029-12-12'),
  (518, 'College', '2029-12-18', '2029-12-11'),
  (519, 'Directieteam', '2029-12-24', '2029-12-19'),
  (520, 'College', '2029-12-25', '2029-12-18'),
  (521, 'Directieteam', '2029-12-31', '2029-12-26'),
  (522, 'College', '2030-01-01', '2029-12-25'),
  (523, 'Directieteam', '2030-01-07', '2030-01-02'),
  (524, 'College', '2030-01-08', '2030-01-01'),
  (525, 'Directieteam', '2030-01-14', '2030-01-09'),
  (526, 'College', '2030-01-15', '2030-01-08'),
  (527, 'Directieteam', '2030-01-21', '2030-01-16'),
  (528, 'College', '2030-01-22', '2030-01-15'),
  (529, 'Directieteam', '2030-01-28', '2030-01-23'),
  (530, 'College', '2030-01-29', '2030-01-22'),
  (531, 'Directieteam', '2030-02-04', '2030-01-30'),
  (532, 'College', '2030-02-05', '2030-01-29'),
  (533, 'Directieteam', '2030-02-11', '2030-02-06'),
  (534, 'College', '2030-02-12', '2030-02-05'),
  (535, 'Directieteam', '2030-02-18', '2030-02-13'),
  (536, 'College', '2030-02-19', '2030-02-12'),
  (537, 'Directieteam', '2030-02-25', '2030-02-20'),
  (538, 'College', '2030-02-26', '2030-02-19'),
  (539, 'Directieteam', '2030-03-04', '2030-02-27'),
  (540, 'College', '2030-03-05', '2030-02-26'),
  (541, 'Directieteam', '2030-03-11', '2030-03-06'),
  (542, 'College', '2030-03-12', '2030-03-05'),
  (543, 'Directieteam', '2030-03-18', '2030-03-13'),
  (544, 'College', '2030-03-19', '2030-03-12'),
  (545, 'Directieteam', '2030-03-25', '2030-03-20'),
  (546, 'College', '2030-03-26', '2030-03-19'),
  (547, 'Directieteam', '2030-04-01', '2030-03-27'),
  (548, 'College', '2030-04-02', '2030-03-26'),
  (549, 'Directieteam', '2030-04-08', '2030-04-03'),
  (550, 'College', '2030-04-09', '2030-04-02'),
  (551, 'Directieteam', '2030-04-15', '2030-04-10'),
  (552, 'College', '2030-04-16', '2030-04-09'),
  (553, 'Directieteam', '2030-04-22', '2030-04-17'),
  (554, 'College', '2030-04-23', '2030-04-16'),
  (555, 'Directieteam', '2030-04-29', '2030-04-24'),
  (556, 'College', '2030-04-30', '2030-04-23'),
  (557, 'Directieteam', '2030-05-06', '2030-05-01'),
  (558, 'College', '2030-05-07', '2030-04-30'),
  (559, 'Directieteam', '2030-05-13', '2030-05-08'),
  (560, 'College', '2030-05-14', '2030-05-07'),
  (561, 'Directieteam', '2030-05-20', '2030-05-15'),
  (562, 'College', '2030-05-21', '2030-05-14'),
  (563, 'Directieteam', '2030-05-27', '2030-05-22'),
  (564, 'College', '2030-05-28', '2030-05-21'),
  (565, 'Directieteam', '2030-06-03', '2030-05-29'),
  (566, 'College', '2030-06-04', '2030-05-28'),
  (567, 'Directieteam', '2030-06-10', '2030-06-05'),
  (568, 'College', '2030-06-11', '2030-06-04'),
  (569, 'Directieteam', '2030-06-17', '2030-06-12'),
  (570, 'College', '2030-06-18', '2030-06-11'),
  (571, 'Directieteam', '2030-06-24', '2030-06-19'),
  (572, 'College', '2030-06-25', '2030-06-18'),
  (573, 'Directieteam', '2030-07-01', '2030-06-26'),
  (574, 'College', '2030-07-02', '2030-06-25'),
  (575, 'Directieteam', '2030-07-08', '2030-07-03'),
  (576, 'College', '2030-07-09', '2030-07-02'),
  (577, 'Directieteam', '2030-07-15', '2030-07-10'),
  (578, 'College', '2030-07-16', '2030-07-09'),
  (579, 'Directieteam', '2030-07-22', '2030-07-17'),
  (580, 'College', '2030-07-23', '2030-07-16'),
  (581, 'Directieteam', '2030-07-29', '2030-07-24'),
  (582, 'College', '2030-07-30', '2030-07-23'),
  (583, 'Directieteam', '2030-08-05', '2030-07-31'),
  (584, 'College', '2030-08-06', '2030-07-30'),
  (585, 'Directieteam', '2030-08-12', '2030-08-07'),
  (586, 'College', '2030-08-13', '2030-08-06'),
  (587, 'Directieteam', '2030-08-19', '2030-08-14'),
  (588, 'College', '2030-08-20', '2030-08-13'),
  (589, 'Directieteam', '2030-08-26', '2030-08-21'),
  (590, 'College', '2030-08-27', '2030-08-20'),
  (591, 'Directieteam', '2030-09-02', '2030-08-28'),
  (592, 'College', '2030-09-03', '2030-08-27'),
  (593, 'Directieteam', '2030-09-09', '2030-09-04'),
  (594, 'College', '2030-09-10', '2030-09-03'),
  (595, 'Directieteam', '2030-09-16', '2030-09-11'),
  (596, 'College', '2030-09-17', '2030-09-10'),
  (597, 'Directieteam', '2030-09-23', '2030-09-18'),
  (598, 'College', '2030-09-24', '2030-09-17'),
  (599, 'Directieteam', '2030-09-30', '2030-09-25'),
  (600, 'College', '2030-10-01', '2030-09-24'),
  (601, 'Directieteam', '2030-10-07', '2030-10-02'),
  (602, 'College', '2030-10-08', '2030-10-01'),
  (603, 'Directieteam', '2030-10-14', '2030-10-09'),
  (604, 'College', '2030-10-15', '2030-10-08'),
  (605, 'Directieteam', '2030-10-21', '2030-10-16'),
  (606, 'College', '2030-10-22', '2030-10-15'),
  (607, 'Directieteam', '2030-10-28', '2030-10-23'),
  (608, 'College', '2030-10-29', '2030-10-22'),
  (609, 'Directieteam', '2030-11-04', '2030-10-30'),
  (610, 'College', '2030-11-05', '2030-10-29'),
  (611, 'Directieteam', '2030-11-11', '2030-11-06'),
  (612, 'College', '2030-11-12', '2030-11-05'),
  (613, 'Directieteam', '2030-11-18', '2030-11-13'),
  (614, 'College', '2030-11-19', '2030-11-12'),
  (615, 'Directieteam', '2030-11-25', '2030-11-20'),
  (616, 'College', '2030-11-26', '2030-11-19'),
  (617, 'Directieteam', '2030-12-02', '2030-11-27'),
  (618, 'College', '2030-12-03', '2030-11-26'),
  (619, 'Directieteam', '2030-12-09', '2030-12-04'),
  (620, 'College', '2030-12-10', '2030-12-03'),
  (621, 'Directieteam', '2030-12-16', '2030-12-11'),
  (622, 'College', '2030-12-17', '2030-12-10'),
  (623, 'Directieteam', '2030-12-23', '2030-12-18'),
  (624, 'College', '2030-12-24', '2030-12-17'),
  (625, 'Directieteam', '2030-12-30', '2030-12-25'),
  (626, 'College', '2030-12-31', '2030-12-24');

INSERT INTO "Registratietellers" ("Jaar", "Laatste") VALUES
  (2026, 13);

-- Proposals in several states, all on collegevoorstel version 1
INSERT INTO "Voorstellen" ("Id", "AanmaakSleutel", "Versie", "Revisie", "CollegeAkkoord", "WorkflowNaam", "WorkflowVersie", "Status", "StatusSinds", "TeruggestuurdVanuit", "OrVereist", "RaadVereist", "AdviesrondeGehouden", "Registratienummer", "Onderwerp", "AfdelingId", "TeamId", "ProjectId", "Programma", "Openbaarheid", "OpenbaarNa", "BijlagenOpenbaar", "GeplandDt", "GeplandOr", "GeplandBw", "GeplandOrNaBw", "GeplandRaad", "StellerId", "StellerNaam", "StellerTelefoon", "AangemaaktOp", "IngediendOp", "ParaafAfdelingshoofdNaam", "ParaafAfdelingshoofdOp", "Portefeuillehouder", "Secretaris", "Behandelwijze", "SamenvattingWatEnWaarom", "SamenvattingHoe", "Aanleiding", "Achtergrond", "Aanpak", "VoorstelTekst", "RaadsbesluitNodig", "BudgettaireConsequenties", "Kosten", "KostenPerJaar", "Baten", "Dekking", "FormatieveConsequenties", "Fte", "Inhuur", "OrAdviesDatum", "OrAdvies", "TrajectId") VALUES
  (10, '00000010-0000-4000-8000-000000000000', 7, 6, '1', 'collegevoorstel', 1, 'Besloten', '2026-06-02 11:30:00', NULL, '0', '0', '1', '26-00010', 'Subsidieregeling buurtinitiatieven 2026', 1, 1, NULL, 'Stad van actieve mensen', 'Ja', NULL, '1', '2026-05-25', NULL, '2026-06-02', NULL, NULL, 'gebruiker-steller', 'R.B.M. Janzen', '+31 77 3599551', '2026-05-04 09:00:00', '2026-05-11', 'M. Verbeek', '2026-05-12', 'H. Brauer', 'P. Lucassen', 'Akkoord', 'Wat en waarom: subsidieregeling buurtinitiatieven 2026.', 'In overleg met de wijkraden.', 'Een motie van de raad.', NULL, NULL, NULL, '0', '0', NULL, '0', NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL),
  (11, '00000011-0000-4000-8000-000000000000', 4, 3, '0', 'collegevoorstel', 1, 'InAdvies', '2026-06-02 14:00:00', NULL, '0', '0', '1', '26-00011', 'Herinrichting speelplaatsen in de wijk', 1, 1, NULL, 'Stad van actieve mensen', 'Ja', NULL, '1', '2026-06-22', NULL, '2026-06-30', NULL, NULL, 'gebruiker-steller', 'R.B.M. Janzen', '+31 77 3599551', '2026-05-28 10:00:00', '2026-06-01', 'M. Verbeek', '2026-06-02', 'H. Brauer', 'P. Lucassen', 'Bespreken', 'Wat en waarom: herinrichting speelplaatsen in de wijk.', 'In overleg met de wijkraden.', 'Een motie van de raad.', NULL, NULL, NULL, '0', '0', NULL, '0', NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL),
  (12, '00000012-0000-4000-8000-000000000000', 2, 1, '0', 'collegevoorstel', 1, 'ParaafAfdelingshoofd', '2026-06-09 15:00:00', NULL, '0', '0', '0', '26-00012', 'Verlenging pilot buurtbudget', 1, 1, NULL, 'Stad van actieve mensen', 'Ja', NULL, '1', '2026-06-29', NULL, '2026-07-07', NULL, NULL, 'gebruiker-steller', 'R.B.M. Janzen', '+31 77 3599551', '2026-06-05 13:00:00', '2026-06-09', NULL, NULL, 'H. Brauer', 'P. Lucassen', 'Bespreken', 'Wat en waarom: verlenging pilot buurtbudget.', 'In overleg met de wijkraden.', 'Een motie van de raad.', NULL, NULL, NULL, '0', '0', NULL, '0', NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL),
  (13, '00000013-0000-4000-8000-000000000000', 1, 0, '0', 'collegevoorstel', 1, 'Concept', '2026-06-08 16:00:00', NULL, '0', '0', '0', NULL, 'Tariefdifferentiatie wijk- en dorpshuizen', 1, 1, NULL, 'Stad van actieve mensen', 'Ja', NULL, '1', NULL, NULL, NULL, NULL, NULL, 'gebruiker-steller', 'R.B.M. Janzen', '+31 77 3599551', '2026-06-08 16:00:00', NULL, NULL, NULL, 'H. Brauer', 'P. Lucassen', 'Bespreken', 'Wat en waarom: tariefdifferentiatie wijk- en dorpshuizen.', 'In overleg met de wijkraden.', 'Een motie van de raad.', NULL, NULL, NULL, '0', '0', NULL, '0', NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL),
  (14, '00000014-0000-4000-8000-000000000000', 6, 5, '0', 'collegevoorstel', 1, 'CollegeVanBW', '2026-06-01 14:00:00', NULL, '0', '0', '1', '26-00013', 'Beleidskader Thuis in de Buurt', 1, 1, NULL, 'Stad van actieve mensen', 'Ja', NULL, '1', '2026-06-01', NULL, '2026-06-16', NULL, NULL, 'gebruiker-steller', 'R.B.M. Janzen', '+31 77 3599551', '2026-05-11 09:00:00', '2026-05-18', 'M. Verbeek', '2026-05-19', 'H. Brauer', 'P. Lucassen', 'Bespreken', 'Wat en waarom: beleidskader thuis in de buurt.', 'In overleg met de wijkraden.', 'Een motie van de raad.', NULL, NULL, NULL, '0', '0', NULL, '0', NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL);

INSERT INTO "DictumPunten" ("Id", "Volgorde", "Tekst", "VoorstelId") VALUES
  (1, 1, 'Instemmen met subsidieregeling buurtinitiatieven 2026;', 10),
  (2, 2, 'De portefeuillehouder opdragen de uitvoering te volgen.', 10),
  (3, 1, 'Instemmen met herinrichting speelplaatsen in de wijk;', 11),
  (4, 2, 'De portefeuillehouder opdragen de uitvoering te volgen.', 11),
  (5, 1, 'Instemmen met verlenging pilot buurtbudget;', 12),
  (6, 2, 'De portefeuillehouder opdragen de uitvoering te volgen.', 12),
  (7, 1, 'Instemmen met tariefdifferentiatie wijk- en dorpshuizen;', 13),
  (8, 2, 'De portefeuillehouder opdragen de uitvoering te volgen.', 13),
  (9, 1, 'Instemmen met beleidskader thuis in de buurt;', 14),
  (10, 2, 'De portefeuillehouder opdragen de uitvoering te volgen.', 14);

INSERT INTO "Voorbesprekingen" ("Id", "Persoon", "Datum", "VoorstelId") VALUES
  (1, 'H. Brauer (portefeuillehouder)', '2026-05-20', 11);

INSERT INTO "Bedrijfsvoeringsaspecten" ("Aspect", "VoorstelId", "Toelichting", "AdviesGevraagd", "Vereist", "Instemming", "AdviseurId", "AdviseurNaam", "Opmerking", "AdviesOp", "AdviesGeldig", "AdviesOpInhoud") VALUES
  ('Communicatie', 10, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Financien', 10, 'Zie de toelichting in het voorstel.', '1', '1', '1', 'gebruiker-financien', 'K. Orval', 'Akkoord.', '2026-05-14 10:00:00', '1', 'Zie de toelichting in het voorstel.'),
  ('Informatisering', 10, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Inkoop', 10, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Juridisch', 10, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Personeel', 10, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Smo', 10, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Communicatie', 11, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Financien', 11, 'Zie de toelichting in het voorstel.', '1', '1', '1', 'gebruiker-financien', 'K. Orval', 'Akkoord.', '2026-06-04 09:30:00', '1', 'Zie de toelichting in het voorstel.'),
  ('Informatisering', 11, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Inkoop', 11, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Juridisch', 11, 'Zie de toelichting in het voorstel.', '1', '1', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Personeel', 11, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Smo', 11, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Communicatie', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Financien', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Informatisering', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Inkoop', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Juridisch', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Personeel', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Smo', 12, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Communicatie', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Financien', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Informatisering', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Inkoop', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Juridisch', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Personeel', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Smo', 13, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Communicatie', 14, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Financien', 14, 'Zie de toelichting in het voorstel.', '1', '1', '1', 'gebruiker-financien', 'K. Orval', 'Akkoord.', '2026-05-21 11:00:00', '1', 'Zie de toelichting in het voorstel.'),
  ('Informatisering', 14, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Inkoop', 14, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Juridisch', 14, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Personeel', 14, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL),
  ('Smo', 14, NULL, '0', '0', NULL, NULL, NULL, NULL, NULL, '0', NULL);

INSERT INTO "Directiebesluiten" ("VoorstelId", "Datum", "Punten", "Verwerking") VALUES
  (10, '2026-05-25', 'Conform advies.', NULL),
  (14, '2026-06-01', 'Conform advies.', NULL);

INSERT INTO "Collegebesluiten" ("VoorstelId", "Vergaderdatum", "Volgnummer", "BehandelendTeam", "Uitkomst", "Besluittekst") VALUES
  (10, '2026-06-02', 3, 'MOADO', 'Ingestemd', 'Het college stelt de subsidieregeling buurtinitiatieven 2026 vast.');

-- Tasks: closed ones with their outcome, open ones with a deadline
INSERT INTO "Taken" ("Id", "VoorstelId", "Soort", "Rol", "Aspect", "Status", "HouderId", "HouderNaam", "Deadline", "Toestand", "AangemaaktOp", "AfgerondOp", "AfgerondDoorId", "AfgerondDoorNaam", "Uitkomst") VALUES
  (100, 10, 'Paraaf', 'Afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'gebruiker-afdelingshoofd', 'M. Verbeek', '2026-05-14', 'Afgerond', '2026-05-11 09:00:00', '2026-05-12 09:00:00', 'gebruiker-afdelingshoofd', 'M. Verbeek', 'Geparafeerd'),
  (101, 10, 'Advies', 'Adviseur', 'Financien', 'InAdvies', 'gebruiker-financien', 'K. Orval', '2026-05-26', 'Afgerond', '2026-05-12 09:00:00', '2026-05-14 10:00:00', 'gebruiker-financien', 'K. Orval', 'Instemming: ja'),
  (102, 10, 'Directiebesluit', 'DtSecretaris', NULL, 'Directieteam', 'gebruiker-dtsecretaris', 'N. Bos', '2026-05-28', 'Afgerond', '2026-05-14 10:00:00', '2026-05-25 14:00:00', 'gebruiker-dtsecretaris', 'N. Bos', 'Directiebesluit vastgelegd'),
  (103, 10, 'Collegebesluit', 'Bestuurssecretariaat', NULL, 'CollegeVanBW', 'gebruiker-secretariaat', 'B. Claessens', '2026-06-16', 'Afgerond', '2026-05-25 14:00:00', '2026-06-02 11:30:00', 'gebruiker-secretariaat', 'B. Claessens', 'Ingestemd'),
  (110, 11, 'Paraaf', 'Afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'gebruiker-afdelingshoofd', 'M. Verbeek', '2026-06-04', 'Afgerond', '2026-06-01 10:00:00', '2026-06-02 14:00:00', 'gebruiker-afdelingshoofd', 'M. Verbeek', 'Geparafeerd'),
  (111, 11, 'Advies', 'Adviseur', 'Financien', 'InAdvies', 'gebruiker-financien', 'K. Orval', '2026-06-16', 'Afgerond', '2026-06-02 14:00:00', '2026-06-04 09:30:00', 'gebruiker-financien', 'K. Orval', 'Instemming: ja'),
  (112, 11, 'Advies', 'Adviseur', 'Juridisch', 'InAdvies', 'gebruiker-juridisch', 'F. Maessen', '2026-06-16', 'Open', '2026-06-02 14:00:00', NULL, NULL, NULL, NULL),
  (120, 12, 'Paraaf', 'Afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'gebruiker-afdelingshoofd', 'M. Verbeek', '2026-06-12', 'Open', '2026-06-09 15:00:00', NULL, NULL, NULL, NULL),
  (140, 14, 'Paraaf', 'Afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'gebruiker-afdelingshoofd', 'M. Verbeek', '2026-05-21', 'Afgerond', '2026-05-18 09:00:00', '2026-05-19 09:00:00', 'gebruiker-afdelingshoofd', 'M. Verbeek', 'Geparafeerd'),
  (141, 14, 'Advies', 'Adviseur', 'Financien', 'InAdvies', 'gebruiker-financien', 'K. Orval', '2026-06-02', 'Afgerond', '2026-05-19 09:00:00', '2026-05-21 11:00:00', 'gebruiker-financien', 'K. Orval', 'Instemming: ja'),
  (142, 14, 'Directiebesluit', 'DtSecretaris', NULL, 'Directieteam', 'gebruiker-dtsecretaris', 'N. Bos', '2026-06-04', 'Afgerond', '2026-05-21 11:00:00', '2026-06-01 14:00:00', 'gebruiker-dtsecretaris', 'N. Bos', 'Directiebesluit vastgelegd'),
  (143, 14, 'Collegebesluit', 'Bestuurssecretariaat', NULL, 'CollegeVanBW', 'gebruiker-secretariaat', 'B. Claessens', '2026-06-22', 'Open', '2026-06-01 14:00:00', NULL, NULL, NULL, NULL);

-- The timeline
INSERT INTO "Gebeurtenissen" ("Id", "VoorstelId", "Tijdstip", "ActorId", "ActorNaam", "Soort", "Omschrijving", "Reden", "VanStatus", "NaarStatus") VALUES
  (1000, 10, '2026-05-04 09:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Aangemaakt', 'Concept aangemaakt', NULL, NULL, 'Concept'),
  (1001, 10, '2026-05-11 09:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Indienen', 'Ingediend met registratienummer 26-00010', NULL, 'Concept', 'ParaafAfdelingshoofd'),
  (1002, 10, '2026-05-11 09:00:01', NULL, 'Besluitvorming (automatisch)', 'RouteBepaald', 'Route bepaald (vereiste-adviezen versie 1 en route-or-raad versie 1): advies van Financiën; ondernemingsraad: nee; gemeenteraad: nee', NULL, NULL, NULL),
  (1003, 10, '2026-05-12 09:00:00', 'gebruiker-afdelingshoofd', 'M. Verbeek', 'Paraferen', 'Geparafeerd door het afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'InAdvies'),
  (1004, 11, '2026-05-28 10:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Aangemaakt', 'Concept aangemaakt', NULL, NULL, 'Concept'),
  (1005, 11, '2026-06-01 09:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Indienen', 'Ingediend met registratienummer 26-00011', NULL, 'Concept', 'ParaafAfdelingshoofd'),
  (1006, 11, '2026-06-01 09:00:01', NULL, 'Besluitvorming (automatisch)', 'RouteBepaald', 'Route bepaald (vereiste-adviezen versie 1 en route-or-raad versie 1): advies van Financiën, Juridisch; ondernemingsraad: nee; gemeenteraad: nee', NULL, NULL, NULL),
  (1007, 11, '2026-06-02 09:00:00', 'gebruiker-afdelingshoofd', 'M. Verbeek', 'Paraferen', 'Geparafeerd door het afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'InAdvies'),
  (1008, 12, '2026-06-05 13:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Aangemaakt', 'Concept aangemaakt', NULL, NULL, 'Concept'),
  (1009, 12, '2026-06-09 09:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Indienen', 'Ingediend met registratienummer 26-00012', NULL, 'Concept', 'ParaafAfdelingshoofd'),
  (1010, 12, '2026-06-09 09:00:01', NULL, 'Besluitvorming (automatisch)', 'RouteBepaald', 'Route bepaald (vereiste-adviezen versie 1 en route-or-raad versie 1): advies van Financiën; ondernemingsraad: nee; gemeenteraad: nee', NULL, NULL, NULL),
  (1011, 13, '2026-06-08 16:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Aangemaakt', 'Concept aangemaakt', NULL, NULL, 'Concept'),
  (1012, 14, '2026-05-11 09:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Aangemaakt', 'Concept aangemaakt', NULL, NULL, 'Concept'),
  (1013, 14, '2026-05-18 09:00:00', 'gebruiker-steller', 'R.B.M. Janzen', 'Indienen', 'Ingediend met registratienummer 26-00013', NULL, 'Concept', 'ParaafAfdelingshoofd'),
  (1014, 14, '2026-05-18 09:00:01', NULL, 'Besluitvorming (automatisch)', 'RouteBepaald', 'Route bepaald (vereiste-adviezen versie 1 en route-or-raad versie 1): advies van Financiën; ondernemingsraad: nee; gemeenteraad: nee', NULL, NULL, NULL),
  (1015, 14, '2026-05-19 09:00:00', 'gebruiker-afdelingshoofd', 'M. Verbeek', 'Paraferen', 'Geparafeerd door het afdelingshoofd', NULL, 'ParaafAfdelingshoofd', 'InAdvies'),
  (1016, 10, '2026-05-14 10:00:00', 'gebruiker-financien', 'K. Orval', 'AdviesUitbrengen', 'Advies Financiën: kan instemmen — Akkoord.', NULL, 'InAdvies', NULL),
  (1017, 11, '2026-06-04 09:30:00', 'gebruiker-financien', 'K. Orval', 'AdviesUitbrengen', 'Advies Financiën: kan instemmen — Akkoord.', NULL, 'InAdvies', NULL),
  (1018, 14, '2026-05-21 11:00:00', 'gebruiker-financien', 'K. Orval', 'AdviesUitbrengen', 'Advies Financiën: kan instemmen — Akkoord.', NULL, 'InAdvies', NULL),
  (1019, 10, '2026-05-14 10:00:01', NULL, 'Besluitvorming (automatisch)', 'AdviezenCompleet', 'Alle adviezen binnen', NULL, 'InAdvies', 'Directieteam'),
  (1020, 14, '2026-05-21 11:00:01', NULL, 'Besluitvorming (automatisch)', 'AdviezenCompleet', 'Alle adviezen binnen', NULL, 'InAdvies', 'Directieteam'),
  (1021, 10, '2026-05-25 14:00:00', 'gebruiker-dtsecretaris', 'N. Bos', 'DirectiebesluitVastleggen', 'Directiebesluit van 25 mei 2026 vastgelegd', NULL, 'Directieteam', 'CollegeVanBW'),
  (1022, 14, '2026-06-01 14:00:00', 'gebruiker-dtsecretaris', 'N. Bos', 'DirectiebesluitVastleggen', 'Directiebesluit van 1 juni 2026 vastgelegd', NULL, 'Directieteam', 'CollegeVanBW'),
  (1023, 10, '2026-06-02 11:30:00', 'gebruiker-secretariaat', 'B. Claessens', 'Instemmen', 'Besluit college van 2 juni 2026: ingestemd', NULL, 'CollegeVanBW', 'Besloten'),
  (1024, 11, '2026-06-05 16:00:00', 'gebruiker-juridisch', 'F. Maessen', 'Opmerking', 'Opmerking: graag de planning van de aanbesteding toevoegen.', NULL, NULL, NULL);

-- The outbox: sent mail, and mail still waiting when the old release stopped
INSERT INTO "UitgaandeMails" ("Id", "MessageId", "AanAdres", "AanNaam", "Onderwerp", "Html", "Tekst", "VoorstelId", "Soort", "AangemaaktOp", "Pogingen", "VolgendePogingOp", "VerzondenOp", "LaatsteFout", "Status", "Sleutel", "VersleuteldToken", "TrajectId") VALUES
  (500, 'upgrade500@gemeente.example', 'steller@gemeente.example', 'R.B.M. Janzen', 'Besluit: 26-00010 Subsidieregeling buurtinitiatieven 2026', '<p>Beste R.B.M. Janzen,

Het college heeft ingestemd.</p>', 'Beste R.B.M. Janzen,

Het college heeft ingestemd.', 10, 'Besluit', '2026-06-02 11:30:00', 1, '2026-06-02 11:30:00', '2026-06-02 11:30:00', NULL, 'Verzonden', NULL, NULL, NULL),
  (501, 'upgrade501@gemeente.example', 'steller@gemeente.example', 'R.B.M. Janzen', 'Ingediend: 26-00011 Herinrichting speelplaatsen in de wijk', '<p>Beste R.B.M. Janzen,

Uw collegevoorstel is ingediend.</p>', 'Beste R.B.M. Janzen,

Uw collegevoorstel is ingediend.', 11, 'Ingediend', '2026-06-01 09:00:00', 1, '2026-06-01 09:00:00', '2026-06-01 09:00:00', NULL, 'Verzonden', NULL, NULL, NULL),
  (502, 'upgrade502@gemeente.example', 'steller@gemeente.example', 'R.B.M. Janzen', 'Ingediend: 26-00012 Verlenging pilot buurtbudget', '<p>Beste R.B.M. Janzen,

Uw collegevoorstel is ingediend en ligt nu bij M. Verbeek.</p>', 'Beste R.B.M. Janzen,

Uw collegevoorstel is ingediend en ligt nu bij M. Verbeek.', 12, 'Ingediend', '2026-06-09 15:00:00', 0, '2026-06-09 15:00:00', NULL, NULL, 'Wachtend', NULL, NULL, NULL),
  (503, 'upgrade503@gemeente.example', 'steller@gemeente.example', 'R.B.M. Janzen', 'Opmerking: 26-00011 Herinrichting speelplaatsen in de wijk', '<p>Beste R.B.M. Janzen,

F. Maessen plaatste een opmerking.</p>', 'Beste R.B.M. Janzen,

F. Maessen plaatste een opmerking.', 11, 'Opmerking', '2026-06-05 16:00:00', 0, '2026-06-05 16:00:00', NULL, NULL, 'Wachtend', NULL, NULL, NULL);

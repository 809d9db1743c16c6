"""La négociation : prise de contact et argumentation financière et fiscale.

Definitions only; the calculators live in salesplan.paiement, financement,
facture, retractation and commande.
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

# checked 2026-11-26: VAT articles moved from the CGI to the CIBS on 1 Sept 2026, same rules.
_CIBS = " (numérotation jusqu'au 31/08/2026 ; depuis, CIBS livre II, ordonnance 2025-1247)"

NEGOCIATION: Catalogue[Concept] = Catalogue(
    "élément de la négociation",
    (
        Concept(
            "prise_de_contact",
            "Prise de contact",
            "Premiers instants de l'entretien : salutations, présentation du vendeur et de l'entreprise, rappel "
            "de l'objet du rendez-vous et accord du client sur son déroulement. Elle crée le climat de confiance "
            "(règle des « 4 × 20 » : 20 premières secondes, 20 premiers mots, 20 premiers gestes, 20 centimètres "
            "du visage).",
            "« Bonjour Madame Roux, Julien Martin de Bureautik Pro. Merci de me recevoir. Comme convenu, je vous "
            "propose de faire le point sur vos impressions pendant une vingtaine de minutes, puis de vous "
            "présenter deux solutions. Cela vous convient-il ? »",
        ),
        Concept(
            "argumentation_financiere_fiscale",
            "Argumentation financière et fiscale",
            "Partie de l'argumentation qui porte sur l'argent : prix et conditions de vente, délais et modes de "
            "paiement, solutions de financement, règles de facturation, droit de rétractation éventuel et "
            "fiscalité (TVA). Le vendeur montre que l'offre est avantageuse et conforme au droit entre "
            "professionnels.",
            "Le commercial montre qu'avec la location, le client étale la dépense, garde sa trésorerie et "
            "récupère la TVA sur chaque loyer.",
        ),
        Concept(
            "cgv",
            "Conditions générales de vente (CGV) entre professionnels",
            "Document du vendeur qui fixe ses conditions de vente : conditions de règlement, éléments de "
            "détermination du prix (barème des prix unitaires, réductions de prix), et le plus souvent "
            "livraison, garanties, pénalités de retard et indemnité forfaitaire de recouvrement. Le vendeur "
            "doit les communiquer à tout acheteur professionnel qui les demande ; elles sont le « socle unique "
            "de la négociation commerciale ».",
            "L'acheteur de l'ETI demande les CGV de Bureautik Pro ; il négocie ensuite une remise et un délai de "
            "paiement à partir de ce socle, et l'accord est écrit dans le contrat.",
            "Code de commerce, art. L441-1",
        ),
        Concept(
            "conditions_paiement",
            "Conditions et délais de paiement",
            "Moment et manière de payer : au comptant (à la livraison ou à la commande) ou à terme (différé). "
            "Entre professionnels, le délai est de 30 jours après la réception des marchandises ou l'exécution "
            "de la prestation si rien n'est convenu, et le délai convenu ne peut pas dépasser 60 jours après la "
            "date de la facture (ou 45 jours fin de mois si le contrat le prévoit). Tout retard entraîne des "
            "pénalités et une indemnité forfaitaire de recouvrement.",
            "Bureautik Pro accorde à la PME un paiement à 45 jours fin de mois, inscrit dans le contrat ; la "
            "facture indique la date d'échéance.",
            "Code de commerce, art. L441-10 et D441-5 (délais, pénalités, indemnité de 40 €)",
        ),
        Concept(
            "financement",
            "Financement",
            "Solution proposée au client pour payer un achat important sans tout régler immédiatement : emprunt "
            "bancaire, crédit-bail (leasing) ou location financière ; côté vendeur, l'escompte bancaire permet "
            "d'obtenir tout de suite le montant d'une créance à terme.",
            "Pour un parc de 20 copieurs à 60 000 € HT, Bureautik Pro propose un crédit-bail sur 48 mois avec "
            "un organisme financier partenaire.",
        ),
        Concept(
            "regles_facturation",
            "Règles de facturation entre professionnels",
            "Obligation d'émettre une facture pour toute vente ou prestation entre professionnels, avec des "
            "mentions obligatoires : identité et adresse des parties, numéro de TVA du vendeur (et celui du client "
            "pour une livraison intracommunautaire ou une autoliquidation), date, numéro unique et "
            "continu, désignation précise, quantités, prix unitaire HT, taux de TVA, réductions acquises, date de "
            "la vente, totaux, date d'échéance, conditions d'escompte, pénalités et indemnité de 40 €, numéro de "
            "bon de commande. La facturation électronique entre entreprises assujetties devient obligatoire par "
            "étapes : depuis le 1er septembre 2026, toutes doivent pouvoir recevoir des factures électroniques et "
            "les grandes entreprises et ETI doivent les émettre ; les PME et micro-entreprises les émettront à "
            "partir du 1er septembre 2027.",
            "La facture de Bureautik Pro rappelle le numéro de bon de commande de la métropole, la date "
            "d'échéance et la mention « escompte pour paiement anticipé : néant ».",
            "Code de commerce, art. L441-9 ; CGI, art. 242 nonies A de l'annexe II ; loi 2023-1322, art. 91",
        ),
        Concept(
            "retractation_professionnels",
            "Droit de rétractation entre professionnels",
            "En principe, un professionnel qui achète pour son activité n'a pas de droit de rétractation : le "
            "contrat signé l'engage. Exception : un petit professionnel (5 salariés au plus) qui signe hors "
            "établissement un contrat dont l'objet n'entre pas dans le champ de son activité principale "
            "bénéficie des règles protectrices du consommateur, dont un délai de rétractation de 14 jours.",
            "Un artisan plombier seul dans son entreprise signe chez lui un contrat de télésurveillance de son "
            "dépôt : il peut se rétracter dans les 14 jours. Le cabinet comptable de 45 salariés, lui, ne le "
            "peut pas.",
            "Code de la consommation, art. L221-3 et L221-18",
        ),
        Concept(
            "fiscalite",
            "Fiscalité (TVA)",
            "Règles fiscales qui pèsent sur la vente, surtout la TVA : le vendeur la facture (taux selon le "
            "produit), la déclare et la reverse à l'État ; le client professionnel la récupère en général. "
            "On raisonne donc en prix hors taxes (HT) en BtoB.",
            "Bureautik Pro facture 1 000 € HT + 200 € de TVA à 20 % ; le client déduit ces 200 € de la TVA qu'il "
            "doit : son coût réel est de 1 000 €.",
            "CGI, art. 256, 269, 271 et 278 à 281 nonies" + _CIBS,
        ),
    ),
)

MODES_PAIEMENT: Catalogue[Concept] = Catalogue(
    "mode de paiement",
    (
        Concept(
            "paiement_comptant",
            "Paiement au comptant",
            "Le client paie à la commande ou à la livraison. Le vendeur n'a pas de risque d'impayé ni de besoin "
            "de trésorerie ; il peut accorder un escompte (réduction financière) pour paiement anticipé.",
            "Un client paie ses cartouches à la commande en ligne et obtient 2 % d'escompte.",
        ),
        Concept(
            "paiement_differe",
            "Paiement différé (à terme)",
            "Le client paie à une échéance convenue après la facture (par exemple 30 jours, 60 jours date de "
            "facture ou 45 jours fin de mois), dans les limites de la loi ; c'est un crédit accordé par le "
            "fournisseur.",
            "La métropole paie Bureautik Pro à 30 jours, délai de paiement des pouvoirs adjudicateurs.",
            "Code de commerce, art. L441-10 ; Code de la commande publique, art. R2192-10",
        ),
    ),
)

FINANCEMENTS: Catalogue[Concept] = Catalogue(
    "moyen de financement",
    (
        Concept(
            "emprunt",
            "Emprunt bancaire",
            "La banque prête une somme que l'entreprise rembourse avec des intérêts, en général par annuités (ou "
            "mensualités) constantes ou par amortissement constant du capital. L'entreprise devient propriétaire "
            "du bien dès l'achat.",
            "La PME emprunte 30 000 € sur 4 ans à 4 % pour acheter ses copieurs comptant chez Bureautik Pro.",
        ),
        Concept(
            "credit_bail",
            "Crédit-bail",
            "Un organisme financier achète le bien choisi par l'entreprise et le lui loue pour une durée fixée ; "
            "à la fin, l'entreprise peut l'acheter pour sa valeur résiduelle (option d'achat), le rendre ou "
            "renouveler le contrat. Les loyers sont des charges ; le coût du crédit-bail = loyers + option d'achat "
            "− prix d'achat comptant.",
            "Le parc de 60 000 € HT est financé par 48 loyers mensuels de 1 420 € HT et une option d'achat de "
            "600 € HT.",
            "Code monétaire et financier, art. L313-7",
        ),
        Concept(
            "escompte_bancaire",
            "Escompte bancaire",
            "Le vendeur remet à sa banque un effet de commerce (lettre de change) non échu ; la banque lui verse "
            "tout de suite le montant, diminué des agios (intérêts d'escompte calculés sur le nombre de jours "
            "jusqu'à l'échéance, commissions et TVA sur commissions).",
            "Bureautik Pro escompte une traite de 12 000 € à 60 jours au taux de 5 % : intérêts 12 000 × 5 % × "
            "60 / 360 = 100 €, plus 10 € de commission ; elle reçoit 11 890 € tout de suite au lieu d'attendre "
            "deux mois.",
            "Code de commerce, art. L511-1 et suivants (lettre de change)",
        ),
    ),
)

FISCALITE: Catalogue[Concept] = Catalogue(
    "notion de fiscalité",
    (
        Concept(
            "tva",
            "Taxe sur la valeur ajoutée (TVA)",
            "Impôt sur la consommation collecté par les entreprises : le vendeur ajoute la TVA au prix HT "
            "(TVA collectée), déduit la TVA payée sur ses propres achats (TVA déductible) et reverse la "
            "différence à l'État.",
            "Bureautik Pro collecte 2 000 € de TVA sur ses ventes du mois et en a payé 1 300 € sur ses achats : "
            "elle reverse 700 €.",
            "CGI, art. 256 et 271" + _CIBS,
        ),
        Concept(
            "taux_tva",
            "Taux de TVA",
            "Pourcentage appliqué à la base imposable selon la nature du bien ou du service : taux normal, taux "
            "intermédiaire, taux réduit, taux particulier (valeurs dans salesplan.parametres). Le matériel et "
            "les fournitures de bureau relèvent du taux normal.",
            "Un copieur vendu 3 000 € HT supporte 600 € de TVA au taux normal de 20 %.",
            "CGI, art. 278 à 281 nonies" + _CIBS,
        ),
        Concept(
            "base_imposable",
            "Base imposable (assiette de la TVA)",
            "Montant sur lequel on calcule la TVA : le prix HT après réductions (rabais, remises, ristournes, "
            "escompte), augmenté des frais accessoires facturés au client comme le transport.",
            "Net commercial 2 500 € + port 50 € = base 2 550 € ; TVA à 20 % = 510 €.",
            "CGI, art. 266 et 267" + _CIBS,
        ),
        Concept(
            "autoliquidation",
            "Autoliquidation de la TVA",
            "Dans certains cas, ce n'est pas le vendeur mais le client qui déclare et paie la TVA (qu'il déduit "
            "en même temps) : achat à un fournisseur établi hors de France, sous-traitance dans le bâtiment. La "
            "facture est alors établie HT avec la mention « Autoliquidation ».",
            "Bureautik Pro achète des logiciels à un éditeur allemand : la facture est HT, Bureautik Pro "
            "autoliquide la TVA française sur sa déclaration.",
            "CGI, art. 283 ; CGI, art. 242 nonies A de l'annexe II (mention)",
        ),
    ),
)

__all__ = ["FINANCEMENTS", "FISCALITE", "MODES_PAIEMENT", "NEGOCIATION"]

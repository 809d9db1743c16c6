"""La phase postérieure : fidélisation, marketing relationnel, programme BtoB, cas particuliers, indicateurs."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept
from salesplan.concepts._types import Etape, Indicateur

_BERRY = (
    "L. L. Berry et A. Parasuraman, Marketing Services: Competing Through Quality, Free Press, 1991 "
    "(trois niveaux de marketing relationnel)"
)

NOTIONS_FIDELISATION: Catalogue[Concept] = Catalogue(
    "notion de fidélisation",
    (
        Concept(
            "fidelisation",
            "Fidélisation",
            "Ensemble des actions qui visent à garder un client et à développer ses achats dans la durée. En "
            "BtoB, un client fidèle coûte moins cher à servir qu'un nouveau client à conquérir, commande plus et "
            "recommande l'entreprise.",
            "Bureautik Pro réalise 70 % de son chiffre d'affaires avec des clients de plus de trois ans.",
        ),
        Concept(
            "marketing_relationnel",
            "Marketing relationnel",
            "Démarche qui cherche à construire une relation durable et rentable avec chaque client plutôt qu'à "
            "réussir des ventes isolées. Berry et Parasuraman distinguent trois niveaux de liens, du plus facile "
            "à copier au plus solide : stimulants financiers, stimulants sociaux, liens structurels. Certains "
            "manuels de marketing des services ajoutent un niveau de personnalisation ; ce cours retient les "
            "trois niveaux de la version de 1991.",
            "Bureautik Pro combine des remises de fidélité (financier), un interlocuteur dédié (social) et un "
            "portail de commande relié au logiciel du client (structurel).",
            _BERRY,
        ),
        Concept(
            "programme_fidelisation",
            "Programme de fidélisation BtoB",
            "Ensemble organisé et durable d'avantages et de services réservés aux clients, conçu pour renforcer "
            "la relation : conditions préférentielles, services exclusifs, événements, interlocuteur dédié, "
            "suivi personnalisé. En BtoB, il repose plus sur la qualité de la relation et du service que sur "
            "des points ou des cadeaux.",
            "Le « Club Bureautik Pro » : audit annuel gratuit, ligne directe vers un technicien, invitation aux "
            "matinales de présentation des nouveautés.",
        ),
    ),
)

LEVIERS_FIDELISATION: Catalogue[Etape] = Catalogue(
    "levier de fidélisation",
    (
        Etape(
            "stimulants_financiers",
            "Stimulants financiers",
            "Premier niveau : avantages en argent qui récompensent la fidélité ou le volume (remises de fidélité, "
            "ristournes de fin d'année, tarifs préférentiels, prix garantis). Efficaces mais faciles à copier "
            "par un concurrent.",
            "Ristourne de 3 % sur le chiffre d'affaires de l'année si le client dépasse 20 000 € HT d'achats.",
            _BERRY,
            ordre=1,
        ),
        Etape(
            "stimulants_sociaux",
            "Stimulants sociaux",
            "Deuxième niveau : la relation personnelle entre le client et l'entreprise (interlocuteur dédié qui "
            "connaît le client, attention, écoute, invitations, échanges réguliers). Plus difficiles à copier.",
            "Le même commercial suit le client depuis cinq ans, l'appelle après chaque intervention et l'invite "
            "au petit-déjeuner annuel des clients.",
            _BERRY,
            ordre=2,
        ),
        Etape(
            "liens_structurels",
            "Liens structurels",
            "Troisième niveau : des solutions intégrées au fonctionnement du client (outils partagés, "
            "connexion des systèmes d'information, services sur mesure) qui créent de la valeur et rendraient "
            "un changement de fournisseur coûteux.",
            "Les copieurs signalent eux-mêmes le niveau de toner : les cartouches arrivent avant la panne, et "
            "le client suit ses consommations sur un portail relié à sa comptabilité.",
            _BERRY,
            ordre=3,
        ),
    ),
)

QUALITES_PROGRAMME: Catalogue[Etape] = Catalogue(
    "qualité d'un programme de fidélisation",
    (
        Etape(
            "ecoute",
            "L'écoute",
            "Écouter le client et prendre en considération son avis : enquêtes de satisfaction, points réguliers, "
            "traitement des suggestions, et montrer ce qui a changé grâce à lui.",
            "Après l'enquête annuelle, Bureautik Pro ajoute un créneau d'intervention le samedi demandé par "
            "plusieurs clients.",
            ordre=1,
        ),
        Etape(
            "facilite",
            "La facilité",
            "Rendre la relation simple : commande en quelques clics, interlocuteur joignable, factures claires, "
            "démarches réduites.",
            "Le client recommande son papier en un clic depuis le portail, livraison le lendemain.",
            ordre=2,
        ),
        Etape(
            "anticipation",
            "L'anticipation",
            "Prévoir les besoins et les problèmes du client avant qu'il ne les exprime : renouvellement, "
            "évolution de l'activité, fin de contrat, nouvelle réglementation.",
            "Six mois avant la fin du contrat, le commercial propose un bilan et un nouveau matériel adapté "
            "aux volumes qui ont augmenté.",
            ordre=3,
        ),
        Etape(
            "humilite",
            "L'humilité",
            "Reconnaître ses erreurs, ne jamais considérer le client comme acquis, accepter la critique et "
            "chercher à s'améliorer.",
            "Après une livraison en retard, le commercial s'excuse, explique la cause et offre les frais de port "
            "de la commande suivante.",
            ordre=4,
        ),
        Etape(
            "convivialite",
            "La convivialité",
            "Créer des moments d'échange agréables et une relation chaleureuse, dans le respect du cadre "
            "professionnel.",
            "Bureautik Pro invite ses clients à une matinale dans son showroom, avec démonstrations et petit-déjeuner.",
            ordre=5,
        ),
        Etape(
            "pro_activite",
            "La pro-activité",
            "Prendre l'initiative : proposer des améliorations, informer des nouveautés, relancer sans attendre "
            "la demande du client.",
            "Le commercial repère que le client imprime beaucoup en couleur et propose un réglage qui réduit la "
            "facture de 12 %.",
            ordre=6,
        ),
        Etape(
            "souplesse",
            "La souplesse",
            "S'adapter aux contraintes et aux changements du client : délais, quantités, conditions, contrats "
            "modulables.",
            "Le client déménage : Bureautik Pro adapte le contrat et déplace les copieurs sans frais.",
            ordre=7,
        ),
    ),
)

CAS_PARTICULIERS: Catalogue[Concept] = Catalogue(
    "cas particulier de fidélisation",
    (
        Concept(
            "client_insatisfait",
            "Client insatisfait (réclamation)",
            "Client qui se plaint d'un produit, d'un délai, d'une facture ou d'un comportement. Une réclamation "
            "bien traitée peut renforcer la fidélité. À faire : écouter sans interrompre, reformuler, remercier, "
            "s'excuser si l'erreur est avérée, proposer une solution et un délai, tenir l'engagement, puis "
            "vérifier la satisfaction et noter l'incident dans le CRM.",
            "Une facture comporte une erreur de remise : le commercial la reconnaît le jour même, fait émettre un "
            "avoir et rappelle le client pour s'assurer que tout est réglé.",
            "",
            ("écouter et reformuler", "solution et délai", "tenir l'engagement", "vérifier la satisfaction"),
        ),
        Concept(
            "client_inactif",
            "Client inactif (dormant)",
            "Client qui n'a plus commandé depuis une durée anormale par rapport à son rythme habituel. À faire : "
            "le repérer (CRM, analyse RFM), chercher la cause (besoin disparu, concurrent, insatisfaction non "
            "exprimée), le contacter personnellement et lui faire une offre adaptée.",
            "Un client qui commandait du papier tous les mois n'a rien commandé depuis quatre mois : le "
            "commercial l'appelle et apprend qu'un concurrent lui a fait une offre.",
        ),
        Concept(
            "client_fort_potentiel",
            "Client à fort potentiel (grand compte)",
            "Client qui pèse ou peut peser lourd dans le chiffre d'affaires. À faire : lui attribuer un "
            "interlocuteur dédié (gestionnaire de compte), construire un plan de compte, l'associer aux "
            "nouveautés, lui réserver des conditions et des services particuliers, multiplier les contacts dans "
            "son centre d'achat.",
            "L'ETI aux trois sites devient grand compte : un chargé d'affaires dédié, une revue trimestrielle avec "
            "l'acheteur et des tarifs négociés pour tous les sites.",
        ),
        Concept(
            "reconquete",
            "Reconquête d'un client perdu",
            "Client parti chez un concurrent. À faire : comprendre pourquoi il est parti (entretien de départ), "
            "corriger la cause, garder le contact, revenir au bon moment (fin de son nouveau contrat) avec une "
            "offre qui répond à la raison du départ.",
            "Un client parti pour un prix plus bas revient deux ans plus tard : son nouveau fournisseur "
            "intervenait en trois jours ; Bureautik Pro lui garantit 8 heures.",
        ),
        Concept(
            "nouveau_client",
            "Nouveau client",
            "Client qui vient de passer sa première commande : la relation est fragile. À faire : soigner la "
            "première livraison et la mise en service, l'appeler après quelques semaines, lui présenter son "
            "interlocuteur et les services disponibles.",
            "Une semaine après l'installation, le technicien repasse former les utilisateurs qui étaient absents.",
        ),
    ),
)

INDICATEURS: Catalogue[Indicateur] = Catalogue(
    "indicateur de fidélisation",
    (
        Indicateur(
            "taux_retention",
            "Taux de rétention (taux de fidélité)",
            "Part des clients d'une période qui sont encore clients à la période suivante.",
            "Sur 200 clients au 1er janvier, 180 ont encore commandé dans l'année : taux de rétention 90 %.",
            formule="clients conservés sur la période / clients au début de la période × 100",
        ),
        Indicateur(
            "taux_attrition",
            "Taux d'attrition (churn)",
            "Part des clients perdus sur une période ; c'est le complément du taux de rétention.",
            "20 clients perdus sur 200 : taux d'attrition 10 %.",
            formule="clients perdus sur la période / clients au début de la période × 100",
        ),
        Indicateur(
            "valeur_vie_client",
            "Valeur vie client (CLV)",
            "Marge totale qu'un client devrait rapporter pendant toute la durée de sa relation avec "
            "l'entreprise. Elle indique combien on peut dépenser pour le conquérir et le garder.",
            "Marge annuelle 1 500 €, durée moyenne de relation 6 ans : valeur vie client d'environ 9 000 € "
            "(sans actualisation).",
            formule="marge annuelle moyenne par client × durée moyenne de la relation (en années), "
            "éventuellement actualisée",
        ),
        Indicateur(
            "rfm",
            "Segmentation RFM",
            "Classement des clients selon trois critères : récence (date du dernier achat), fréquence (nombre "
            "d'achats sur la période) et montant (chiffre d'affaires). Chaque critère reçoit une note ; on en "
            "déduit les clients à choyer, à relancer ou à reconquérir.",
            "Un client noté R = 1, F = 5, M = 5 (gros client régulier qui n'a rien acheté récemment) est à "
            "appeler en priorité.",
            formule="note de récence + note de fréquence + note de montant (ou code à trois chiffres)",
        ),
        Indicateur(
            "taux_satisfaction",
            "Taux de satisfaction",
            "Part des clients interrogés qui se déclarent satisfaits ou très satisfaits.",
            "Sur 120 réponses, 102 clients satisfaits ou très satisfaits : 85 %.",
            formule="clients satisfaits / clients ayant répondu × 100",
        ),
        Indicateur(
            "nps",
            "Net Promoter Score (NPS)",
            "Mesure de la recommandation : on demande « Recommanderiez-vous notre entreprise ? » sur une "
            "échelle de 0 à 10 ; les promoteurs répondent 9 ou 10, les détracteurs 0 à 6.",
            "60 % de promoteurs et 15 % de détracteurs : NPS de 45.",
            "F. F. Reichheld, « The One Number You Need to Grow », Harvard Business Review, décembre 2003",
            formule="% de promoteurs − % de détracteurs",
        ),
        Indicateur(
            "part_de_client",
            "Part de client (share of wallet)",
            "Part des achats du client dans une catégorie de produits qui est réalisée auprès de l'entreprise.",
            "Le client dépense 10 000 € par an en fournitures, dont 6 500 € chez Bureautik Pro : part de client 65 %.",
            formule="achats du client chez l'entreprise / achats totaux du client dans la catégorie × 100",
        ),
    ),
)

__all__ = [
    "CAS_PARTICULIERS",
    "INDICATEURS",
    "LEVIERS_FIDELISATION",
    "NOTIONS_FIDELISATION",
    "QUALITES_PROGRAMME",
]

"""La phase préparatoire du plan de vente : prospection, connaissance client,
objectifs, stratégie, outils d'aide à la vente et préparation de l'entretien.
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept
from salesplan.concepts._types import Etape

ETAPES_PLAN_DE_VENTE: Catalogue[Etape] = Catalogue(
    "phase du plan de vente",
    (
        Etape(
            "phase_preparatoire",
            "Phase préparatoire",
            "Tout ce que le vendeur fait avant de rencontrer le client : plan de prospection, recherche "
            "d'informations sur le client, objectifs, stratégie d'approche et marge de manœuvre, outils d'aide "
            "à la vente, préparation du déroulement de l'entretien.",
            "Avant le rendez-vous à l'ETI, le commercial de Bureautik Pro consulte la fiche client, étudie "
            "l'organigramme, fixe ses objectifs et prépare une simulation du coût par page.",
            ordre=1,
        ),
        Etape(
            "negociation",
            "Négociation",
            "L'entretien avec le client : prise de contact, découverte des besoins, argumentation (dont "
            "l'argumentation financière et fiscale), traitement des objections, négociation des conditions et "
            "conclusion de la vente.",
            "Au rendez-vous, le commercial fait préciser les volumes d'impression, présente deux formules, "
            "discute le délai de paiement et obtient la signature.",
            ordre=2,
        ),
        Etape(
            "phase_posterieure",
            "Phase postérieure",
            "Ce qui suit la vente : exécution de la commande (livraison, installation, facturation), suivi de la "
            "satisfaction, traitement des réclamations et fidélisation du client.",
            "Le commercial vérifie l'installation, envoie la facture conforme, appelle le client un mois plus tard "
            "et l'invite à la présentation des nouveautés.",
            ordre=3,
        ),
    ),
)

ETAPES_PREPARATION: Catalogue[Etape] = Catalogue(
    "étape de la phase préparatoire",
    (
        Etape(
            "plan_prospection",
            "Élaboration d'un plan de prospection",
            "Organiser la recherche de nouveaux clients : qui cibler (critères), avec quel fichier, par quels "
            "moyens (téléphone, e-mail, visite, réseaux sociaux, contenus), à quel rythme et avec quels objectifs "
            "chiffrés.",
            "Bureautik Pro cible les cabinets comptables de plus de 10 salariés du Rhône : 200 contacts, 40 "
            "appels par semaine, objectif 10 rendez-vous par mois.",
            ordre=1,
        ),
        Etape(
            "connaissance_client",
            "Optimisation de la connaissance client",
            "Rassembler et mettre à jour ce que l'on sait du client (identification, contact, historique) pour "
            "personnaliser l'approche et éviter les erreurs.",
            "Avant la visite, le commercial complète la fiche du prospect dans le logiciel de gestion de la "
            "relation client (CRM).",
            ordre=2,
        ),
        Etape(
            "fixer_objectifs",
            "Fixer les objectifs",
            "Définir ce que l'entretien doit permettre d'obtenir, en objectifs quantitatifs et qualitatifs.",
            "Objectif : signer un contrat de 12 copieurs et obtenir le nom du décideur du site de Grenoble.",
            ordre=3,
        ),
        Etape(
            "definir_strategie",
            "Définir la stratégie",
            "Choisir la stratégie d'approche du client et évaluer sa marge (rentabilité de l'affaire et marge de "
            "manœuvre dans la négociation).",
            "Le commercial choisit de passer par le responsable informatique qui l'a recommandé, et fixe la "
            "remise maximale qu'il peut accorder.",
            ordre=4,
        ),
        Etape(
            "outils_aide_vente",
            "Préparer les outils d'aide à la vente",
            "Réunir les supports utiles à l'entretien : argumentaire, documentation, références, simulation "
            "chiffrée, démonstration.",
            "Le commercial prépare un comparatif achat/location et emporte une tablette pour montrer le "
            "logiciel de suivi des impressions.",
            ordre=5,
        ),
        Etape(
            "deroulement_entretien",
            "Préparation du déroulement de l'entretien",
            "Prévoir le fil de l'entretien et de la présentation de l'offre, de la promesse faite au client "
            "jusqu'au déroulé concret de la prestation.",
            "Le commercial écrit le plan de sa présentation en six points et prévoit 45 minutes de rendez-vous.",
            ordre=6,
        ),
    ),
)

OUTILS_PROSPECTION: Catalogue[Concept] = Catalogue(
    "outil de prospection",
    (
        Concept(
            "fichier",
            "Fichier de prospection",
            "Liste organisée de prospects (entreprises et contacts) avec les informations utiles pour les "
            "qualifier et les contacter. On le constitue à partir de sources internes (clients, contacts de "
            "salons) et externes (annuaires, registres publics des entreprises, bases de données achetées) ; on "
            "le tient à jour et on respecte le RGPD (information des personnes, droit d'opposition).",
            "Bureautik Pro extrait de l'annuaire des entreprises les cabinets comptables du Rhône, ajoute le nom "
            "du dirigeant et le nombre de salariés, puis importe le tout dans son CRM.",
            "Règlement (UE) 2016/679 (RGPD) ; CNIL, fiches sur la prospection commerciale",
            ("raison sociale", "SIREN", "activité (code NAF)", "effectif", "contact et fonction", "source"),
        ),
        Concept(
            "livre_blanc",
            "Livre blanc",
            "Document gratuit et utile (guide, étude, conseils pratiques) que l'entreprise met à disposition sur "
            "son site en échange des coordonnées du lecteur. Il démontre son expertise et génère des contacts "
            "qualifiés (leads).",
            "Bureautik Pro publie « Réduire de 30 % ses coûts d'impression : guide pour les PME » ; chaque "
            "téléchargement crée un contact dans le CRM.",
        ),
        Concept(
            "lead_scoring",
            "Lead scoring",
            "Notation des prospects (leads) pour savoir lesquels contacter en priorité. Le score additionne des "
            "points de profil (critères explicites : fonction, secteur, effectif, chiffre d'affaires) et de "
            "comportement (critères implicites : e-mail ouvert, livre blanc téléchargé, webinaire suivi, demande "
            "de démonstration). Au-delà d'un seuil, le lead passe du marketing (MQL, marketing qualified lead) "
            "au commercial (SQL, sales qualified lead).",
            "Un DAF d'une PME de 80 salariés (30 points de profil) qui a téléchargé le livre blanc et demandé une "
            "démonstration (45 points) dépasse le seuil de 60 : un commercial l'appelle dans la journée.",
            "Usage du marketing BtoB",
            ("critères explicites (profil)", "critères implicites (comportement)", "seuil MQL → SQL"),
        ),
    ),
)

CONNAISSANCE_CLIENT: Catalogue[Concept] = Catalogue(
    "information sur le client",
    (
        Concept(
            "identification",
            "Identification du client",
            "Informations qui définissent l'entreprise cliente elle-même : qui elle est, ce qu'elle fait, sa "
            "taille et sa situation.",
            "Fiche : « Cabinet Durand & Associés, SAS, SIREN 123 456 789 (fictif), expertise comptable "
            "(code NAF 69.20Z), 45 salariés, Lyon 3e ».",
            "",
            (
                "raison sociale et forme juridique",
                "numéro SIREN / SIRET",
                "adresse du siège et des établissements",
                "activité (code NAF / APE)",
                "effectif et chiffre d'affaires",
                "catégorie d'entreprise",
            ),
        ),
        Concept(
            "precisions_contact",
            "Précisions sur le contact",
            "Informations sur l'activité du client et sur les personnes à rencontrer : secteur, biens et "
            "services proposés, clients et concurrents, interlocuteurs et leur rôle dans l'achat.",
            "« Interlocutrice : Mme Roux, responsable des services généraux (acheteuse) ; décideur : le directeur "
            "associé ; fournisseur actuel : un concurrent national, contrat jusqu'en juin. »",
            "",
            (
                "secteur d'activité",
                "biens et services proposés",
                "nom, fonction et coordonnées des interlocuteurs",
                "rôle de chacun dans le centre d'achat",
                "fournisseurs actuels et échéances de contrats",
            ),
        ),
        Concept(
            "historique",
            "Historique avec le contact",
            "Tout ce qui s'est passé entre l'entreprise et le client : commandes, montants, conditions "
            "accordées, incidents, échanges. Il permet de personnaliser l'offre et de repérer les opportunités "
            "de vente additionnelle.",
            "« Client depuis 2021 ; 3 commandes de papier par an, 4 200 € HT en moyenne ; une réclamation pour "
            "livraison tardive en mars, traitée ; paiement à 45 jours sans retard. »",
            "",
            (
                "produits commandés",
                "montant et fréquence des commandes",
                "conditions obtenues (remises, délais de paiement)",
                "réclamations et incidents",
                "comptes rendus de visites et d'appels",
                "respect des échéances de paiement",
            ),
        ),
    ),
)

OBJECTIFS: Catalogue[Concept] = Catalogue(
    "objectif de l'entretien",
    (
        Concept(
            "objectifs_quantitatifs",
            "Objectifs quantitatifs",
            "Résultats chiffrés attendus : montant de la commande, quantités, marge, nombre de produits vendus, "
            "taux de remise maximal, nombre de rendez-vous obtenus.",
            "Signer une commande d'au moins 15 000 € HT avec une remise de 8 % au plus.",
        ),
        Concept(
            "objectifs_qualitatifs",
            "Objectifs qualitatifs",
            "Résultats non chiffrés attendus : informations à obtenir, relation à créer, image à donner, "
            "prochaine étape à décrocher (démonstration, rendez-vous avec le décideur, référencement).",
            "Obtenir un rendez-vous avec le directeur financier et connaître la date de fin du contrat actuel.",
        ),
        Concept(
            "smart",
            "Objectif SMART",
            "Règle de formulation d'un objectif : Spécifique (précis), Mesurable (chiffré ou vérifiable), "
            "Atteignable (réaliste mais ambitieux), Réaliste ou pertinent au regard de la situation, et "
            "Temporellement défini (une échéance). Les auteurs varient un peu dans la traduction des lettres.",
            "« Signer avant le 15 décembre un contrat de location de 12 copieurs pour les trois sites du "
            "client » est SMART ; « vendre beaucoup » ne l'est pas.",
            "G. T. Doran, « There's a S.M.A.R.T. way to write management's goals and objectives », "
            "Management Review, novembre 1981",
        ),
    ),
)

STRATEGIE: Catalogue[Concept] = Catalogue(
    "élément de la stratégie",
    (
        Concept(
            "strategie_approche",
            "Stratégie d'approche",
            "Choix de la manière d'entrer en relation avec le client et de conduire l'affaire : canal, "
            "interlocuteur par lequel commencer, moment, offre mise en avant, ton de la relation.",
            "Pour une ETI, Bureautik Pro passe par une recommandation du responsable informatique plutôt que "
            "par un appel à froid à l'acheteur.",
        ),
        Concept(
            "evaluer_marge",
            "Évaluer sa marge",
            "Calculer avant l'entretien ce que l'affaire rapporte (marge commerciale = prix de vente HT − coût "
            "d'achat HT) et en déduire la marge de manœuvre : prix de départ, prix plancher en dessous duquel on "
            "refuse, concessions possibles (remise, délai de paiement, service offert) et contreparties à "
            "demander.",
            "Un copieur acheté 2 400 € HT est proposé à 3 600 € HT (marge 1 200 €) ; la direction fixe le prix "
            "plancher à 3 200 € : le commercial peut accorder au plus 400 € de remise, contre un contrat de "
            "maintenance.",
        ),
    ),
)

STRATEGIES_APPROCHE: Catalogue[Concept] = Catalogue(
    "stratégie d'approche",
    (
        Concept(
            "prospection_directe",
            "Prospection directe",
            "Le vendeur prend lui-même contact avec le prospect : téléphone, e-mail personnalisé, visite. "
            "Efficace pour une cible bien définie ; demande un bon fichier et un discours préparé. Les e-mails "
            "de prospection à un professionnel sont permis s'ils concernent sa fonction et lui permettent de "
            "s'opposer aux envois.",
            "Le commercial appelle les 40 cabinets comptables de son fichier pour proposer un audit gratuit des "
            "impressions.",
            "CNIL, règles de la prospection commerciale par courrier électronique (BtoB)",
        ),
        Concept(
            "recommandation",
            "Recommandation et parrainage",
            "Un client satisfait ou un partenaire recommande l'entreprise à un prospect, parfois contre un "
            "avantage (parrainage). La confiance est transmise : le taux de réussite est élevé.",
            "Un client expert-comptable présente Bureautik Pro à un confrère ; il reçoit un mois de maintenance "
            "offert si le confrère signe.",
        ),
        Concept(
            "marketing_contenu",
            "Marketing de contenu (inbound)",
            "L'entreprise attire les prospects avec des contenus utiles (articles, livres blancs, webinaires, "
            "vidéos) puis les qualifie (lead scoring) avant qu'un commercial les contacte : c'est le prospect "
            "qui vient à l'entreprise.",
            "Après un webinaire « Dématérialiser ses factures en 2026 », 35 participants reçoivent une offre "
            "d'audit et 8 acceptent un rendez-vous.",
        ),
        Concept(
            "salon_professionnel",
            "Salons et événements professionnels",
            "Rencontrer les prospects sur un salon, une journée portes ouvertes, une réunion de club "
            "d'entreprises : contact direct, démonstration, prise de rendez-vous.",
            "Au salon des entrepreneurs de Lyon, Bureautik Pro recueille 120 cartes de visite et fixe 15 rendez-vous.",
        ),
        Concept(
            "social_selling",
            "Social selling",
            "Utiliser les réseaux sociaux professionnels pour repérer les interlocuteurs, suivre leur actualité, "
            "partager des contenus et engager la conversation avant de proposer un rendez-vous.",
            "Le commercial remarque sur un réseau professionnel qu'une PME ouvre un deuxième site ; il félicite "
            "le dirigeant et propose d'équiper les nouveaux bureaux.",
        ),
        Concept(
            "veille_marches_publics",
            "Veille et réponse aux marchés publics",
            "Pour la cible BtoG, l'approche passe par la veille des avis de marchés publics et la réponse aux "
            "consultations, dans le respect des règles de la commande publique ; le démarchage reste possible "
            "pour se faire connaître (sourçage) mais ne remplace pas la mise en concurrence.",
            "Bureautik Pro configure des alertes sur les profils d'acheteurs de la région et répond à quatre "
            "consultations par mois.",
            "Code de la commande publique, art. R2111-1 (sourçage)",
        ),
    ),
)

OUTILS_AIDE_VENTE: Catalogue[Concept] = Catalogue(
    "outil d'aide à la vente",
    (
        Concept(
            "argumentaire_vente",
            "Argumentaire de vente",
            "Document qui relie chaque caractéristique de l'offre à un avantage et à une preuve, classés selon "
            "les motivations du client ; il prépare aussi les réponses aux objections.",
            "Caractéristique : maintenance sous 8 heures ; avantage : pas d'arrêt du service comptable ; preuve : "
            "taux de respect du délai de 97 % l'an dernier.",
        ),
        Concept(
            "documentation_commerciale",
            "Documentation commerciale",
            "Catalogue, plaquette, fiches techniques, tarifs et conditions générales de vente remis ou montrés "
            "au client.",
            "Le commercial laisse la fiche technique du copieur et les conditions générales de vente de Bureautik Pro.",
        ),
        Concept(
            "references_clients",
            "Références et témoignages clients",
            "Liste de clients comparables, témoignages, études de cas : la preuve que l'offre a fonctionné ailleurs.",
            "« Trois cabinets comptables lyonnais nous font confiance ; voici le témoignage de l'un d'eux. »",
        ),
        Concept(
            "simulation_chiffree",
            "Simulation chiffrée et devis",
            "Calcul préparé à l'avance ou fait devant le client : coût global, comparaison achat/location, "
            "économies attendues, devis détaillé.",
            "Le tableur du commercial montre que la location avec maintenance coûte 9 % de moins sur quatre ans "
            "que le parc actuel.",
        ),
        Concept(
            "demonstration",
            "Démonstration et échantillons",
            "Faire voir, essayer ou toucher le produit : démonstration sur place ou à distance, prêt de "
            "matériel, échantillons.",
            "Bureautik Pro prête pendant une semaine un copieur de démonstration au service comptable.",
        ),
        Concept(
            "crm",
            "Logiciel de gestion de la relation client (CRM)",
            "Base qui centralise les informations sur les clients et prospects, l'historique des échanges, les "
            "affaires en cours et les relances à faire.",
            "Avant le rendez-vous, le CRM rappelle au commercial que le client s'est plaint d'un retard de "
            "livraison en mars.",
        ),
    ),
)

ETAPES_ENTRETIEN: Catalogue[Etape] = Catalogue(
    "étape du déroulement de l'entretien",
    (
        Etape(
            "promesse",
            "Promesse",
            "La phrase qui résume le bénéfice principal pour le client, annoncée dès le début pour capter son "
            "attention ; tout le reste de l'entretien doit la prouver.",
            "« Nous pouvons réduire vos coûts d'impression d'au moins 20 % sans que vos équipes changent leurs "
            "habitudes. »",
            ordre=1,
        ),
        Etape(
            "prestations",
            "Prestations",
            "Ce que l'entreprise propose concrètement pour tenir la promesse, choisi en fonction des besoins de "
            "ce client (et non tout le catalogue).",
            "Location de copieurs, maintenance sous 8 heures, livraison automatique des consommables, "
            "tableau de bord mensuel des impressions.",
            ordre=2,
        ),
        Etape(
            "clientele",
            "Clientèle",
            "Les clients comparables déjà servis (secteur, taille, région) et leurs résultats : des références "
            "qui rassurent.",
            "« Nous équipons 35 cabinets d'expertise comptable de la région, dont deux de votre taille à "
            "Villeurbanne. »",
            ordre=3,
        ),
        Etape(
            "presentation",
            "Présentation de l'entreprise",
            "Qui est le vendeur et pourquoi on peut lui faire confiance : histoire, taille, implantation, "
            "équipe, certifications, solidité financière.",
            "« Bureautik Pro, PME lyonnaise créée en 2004, 38 salariés, dont 12 techniciens basés à moins "
            "d'une heure de vos bureaux. »",
            ordre=4,
        ),
        Etape(
            "processus_commercial",
            "Processus commercial",
            "Les étapes de la collaboration jusqu'à la signature : audit ou découverte, proposition, essai, "
            "validation, commande ; le client sait ce qui l'attend et qui fait quoi.",
            "« Nous analysons vos volumes pendant deux semaines, vous recevez une proposition chiffrée, puis "
            "nous la présentons à votre direction. »",
            ordre=5,
        ),
        Etape(
            "deroule_prestation",
            "Déroulé de la prestation",
            "Comment la prestation sera exécutée après la commande : planning de livraison et d'installation, "
            "formation des utilisateurs, interlocuteur dédié, suivi et points d'étape.",
            "« Installation un vendredi après-midi, formation de 30 minutes par service le lundi, point de suivi "
            "au bout d'un mois avec votre interlocuteur dédié. »",
            ordre=6,
        ),
    ),
)

__all__ = [
    "CONNAISSANCE_CLIENT",
    "ETAPES_ENTRETIEN",
    "ETAPES_PLAN_DE_VENTE",
    "ETAPES_PREPARATION",
    "OBJECTIFS",
    "OUTILS_AIDE_VENTE",
    "OUTILS_PROSPECTION",
    "STRATEGIE",
    "STRATEGIES_APPROCHE",
]

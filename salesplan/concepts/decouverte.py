"""La découverte des besoins : outils, types de questions, mobiles d'achat (SONCASE).

Definitions only; the chapter book/negociation/decouverte.md and its question
bank read them from here.
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

OUTILS_DECOUVERTE: Catalogue[Concept] = Catalogue(
    "outil de la découverte",
    (
        Concept(
            "plan_de_decouverte",
            "Plan de découverte",
            "Liste des thèmes et des questions que le vendeur prépare avant l'entretien pour connaître la "
            "situation du client, ses besoins, ses motivations, ses freins, son budget et son processus de "
            "décision. Il sert de guide, pas de questionnaire à lire : l'ordre s'adapte à la conversation.",
            "Le plan de découverte de Bureautik Pro pour un cabinet comptable : parc actuel et contrats en "
            "cours, volumes d'impression, pannes subies, projets (déménagement, embauches), budget, personnes "
            "associées au choix et date de décision.",
        ),
        Concept(
            "qqoqccp",
            "QQOQCCP",
            "Méthode qui fait le tour d'une situation avec sept questions : Qui ? Quoi ? Où ? Quand ? Comment ? "
            "Combien ? Pourquoi ? Elle aide à construire le plan de découverte sans oublier de thème.",
            "Qui utilise le traceur ? Quoi : quels formats de plans ? Où sera-t-il installé ? Quand le "
            "déménagement a-t-il lieu ? Comment les plans sont-ils imprimés aujourd'hui ? Combien de tirages "
            "par mois ? Pourquoi changer maintenant ?",
            "",
            (
                "Qui ? — les personnes : utilisateurs, décideur, acheteur, prescripteur",
                "Quoi ? — l'objet : le produit ou le service recherché, les caractéristiques attendues",
                "Où ? — les lieux : sites, locaux, zone de livraison et d'intervention",
                "Quand ? — les délais : date de décision, de livraison, fin du contrat en cours",
                "Comment ? — les modes de fonctionnement actuels, la procédure d'achat",
                "Combien ? — les quantités, les volumes, le budget",
                "Pourquoi ? — les motivations, les raisons du changement, les critères de choix",
            ),
        ),
        Concept(
            "ecoute_active",
            "Écoute active",
            "Attitude du vendeur qui laisse parler le client sans l'interrompre, montre qu'il suit (regard, "
            "acquiescements, prise de notes), relance sur ses propres mots et vérifie qu'il a compris. Elle "
            "fait émerger des besoins que le client n'avait pas formulés.",
            "Le commercial note « on perd une matinée quand le traceur tombe en panne », puis relance : « Une "
            "matinée entière ? »",
        ),
        Concept(
            "reformulation",
            "Reformulation",
            "Redire avec ses mots ce que le client vient d'exprimer, puis lui demander de le confirmer. Elle "
            "prouve l'écoute, évite les malentendus et fait valider les besoins qui fonderont l'argumentation. "
            "La reformulation de synthèse, en fin de découverte, récapitule l'ensemble des besoins.",
            "« Si je vous ai bien compris, il vous faut des plans A0 en couleur dans la journée, sans "
            "immobiliser un architecte. C'est bien cela ? »",
        ),
        Concept(
            "freins_achat",
            "Freins à l'achat",
            "Forces qui retiennent le client d'acheter, même quand il a un besoin : peurs (se tromper, payer "
            "trop cher, être mal servi, déplaire à sa hiérarchie), inhibitions et habitudes. La découverte les "
            "fait exprimer pour pouvoir y répondre ; non traités, ils reviennent sous forme d'objections.",
            "Le gérant hésite à quitter son fournisseur actuel : « Changer de prestataire, c'est toujours des "
            "semaines de réglages. »",
        ),
    ),
)

TYPES_QUESTIONS: Catalogue[Concept] = Catalogue(
    "type de question",
    (
        Concept(
            "question_ouverte",
            "Question ouverte",
            "Question qui laisse le client répondre librement et longuement (« Comment… ? », « Que pensez-"
            "vous de… ? », « Parlez-moi de… »). Elle fait parler le client au début de la découverte.",
            "« Comment se passe aujourd'hui l'impression de vos dossiers de permis de construire ? »",
        ),
        Concept(
            "question_fermee",
            "Question fermée",
            "Question à laquelle on répond par oui, par non ou par une information précise. Elle fait "
            "préciser un point, vérifier une information ou obtenir un accord.",
            "« Votre contrat de location se termine-t-il en mars ? »",
        ),
        Concept(
            "question_alternative",
            "Question alternative",
            "Question fermée qui propose un choix entre deux possibilités. Elle aide le client à se décider "
            "ou à préciser un besoin.",
            "« Préférez-vous une intervention le matin ou en fin de journée ? »",
        ),
        Concept(
            "question_orientee",
            "Question orientée (suggestive)",
            "Question formulée pour amener une réponse attendue, souvent un « oui ». Utile pour faire "
            "confirmer un avantage, elle devient manipulatrice si elle remplace l'écoute.",
            "« Vous êtes d'accord qu'un plan imprimé en retard peut coûter un rendez-vous client ? »",
        ),
        Concept(
            "question_miroir",
            "Question miroir (écho)",
            "Le vendeur reprend, sur un ton interrogatif, le ou les derniers mots du client. Cette relance "
            "l'invite à développer sans lui imposer de direction.",
            "Client : « Le dernier fournisseur nous a déçus. » — Vendeur : « Déçus ? »",
        ),
    ),
)

MOBILES_ACHAT: Catalogue[Concept] = Catalogue(
    "mobile d'achat (SONCASE)",
    (
        Concept(
            "securite",
            "Sécurité",
            "Besoin d'être rassuré : fiabilité, garanties, références, sérieux du fournisseur, absence de "
            "risque pour l'entreprise et pour l'acheteur lui-même.",
            "« Qu'est-ce qui se passe si la machine tombe en panne la veille d'un concours ? »",
        ),
        Concept(
            "orgueil",
            "Orgueil",
            "Besoin d'être valorisé, reconnu, de se distinguer : image de l'entreprise, prestige, fierté "
            "d'avoir fait le meilleur choix.",
            "« Nos clients viennent ici voir nos maquettes ; l'accueil doit être à la hauteur. »",
        ),
        Concept(
            "nouveaute",
            "Nouveauté",
            "Attirance pour l'innovation, la dernière technologie, le changement.",
            "« Vous avez une solution pour imprimer directement depuis la tablette sur le chantier ? »",
        ),
        Concept(
            "confort",
            "Confort",
            "Recherche de la facilité d'utilisation, de la simplicité, du gain de temps et de la tranquillité.",
            "« Je ne veux plus avoir à commander les cartouches moi-même. »",
        ),
        Concept(
            "argent",
            "Argent",
            "Recherche du gain ou de l'économie : prix, coût d'utilisation, rentabilité, conditions de paiement.",
            "« Combien cela nous coûtera-t-il par page, tout compris ? »",
        ),
        Concept(
            "sympathie",
            "Sympathie",
            "Besoin d'une relation agréable et de confiance avec le vendeur et son entreprise.",
            "« Avec votre technicien, on s'entend bien, il connaît la maison. »",
        ),
        Concept(
            "environnement",
            "Environnement",
            "Préoccupation écologique et sociale : consommation d'énergie, recyclage, matériaux, engagement "
            "RSE de l'entreprise cliente. C'est le E ajouté à SONCAS (SONCASE).",
            "« Nous visons un label environnemental pour nos locaux : vos machines sont-elles reprises en fin "
            "de vie ? »",
        ),
    ),
)

__all__ = ["MOBILES_ACHAT", "OUTILS_DECOUVERTE", "TYPES_QUESTIONS"]
